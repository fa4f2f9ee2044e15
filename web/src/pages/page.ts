import type { Key } from "../i18n";

/** One page of the UI: its address (#/id), its title and how it draws itself into main. */
export interface Page {
  id: string;
  title: Key;
  render(main: HTMLElement): Promise<void>;
}
