// The perspective and concern group: chosen once, kept across pages and visits.
import { getJson } from "./api";

export interface Group {
  name: string;
  title: string;
  members: string[];
  source: string;
  note: string;
}

const P = "chokepoint.perspective";
const C = "chokepoint.concern";

let groups: Group[] = [];
let defaults = { perspective: "jp-us", concern: "us-foreign-adversaries" };
const listeners: Array<() => void> = [];

export async function loadSettings(): Promise<void> {
  const [g, d] = await Promise.all([
    getJson<{ groups: Group[] }>("/api/v1/groups"),
    getJson<{ perspective: string; concern: string }>("/api/v1/defaults"),
  ]);
  groups = g.groups;
  defaults = d;
}

export function allGroups(): Group[] {
  return groups;
}

function known(name: string | null): name is string {
  return name !== null && groups.some((g) => g.name === name);
}

export function perspective(): string {
  const s = localStorage.getItem(P);
  return known(s) ? s : defaults.perspective;
}

export function concern(): string {
  const s = localStorage.getItem(C);
  return known(s) ? s : defaults.concern;
}

export function setPerspective(name: string): void {
  localStorage.setItem(P, name);
  listeners.forEach((l) => l());
}

export function setConcern(name: string): void {
  localStorage.setItem(C, name);
  listeners.forEach((l) => l());
}

export function onChange(listener: () => void): void {
  listeners.push(listener);
}
