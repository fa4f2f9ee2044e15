// What every browser test file shares: the real jar started with `serve` on a data directory of its
// own, and Debian's chromium driven by playwright-core. The tests are skipped, with a message, when
// chromium, the built UI or the jar is missing. Screenshots land in web/target/screenshots (or
// $CHOKEPOINT_SCREENSHOTS).
import { after, before } from "node:test";
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const jar = process.env.CHOKEPOINT_JAR ?? resolve(here, "../../../app/target/chokepoint.jar");
const chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export const shots = process.env.CHOKEPOINT_SCREENSHOTS ?? resolve(here, "../../target/screenshots");

/** Why the browser tests cannot run here, or false. */
export const skip = !chromiumPath
  ? "no chromium found (Debian: apt-get install chromium); browser tests skipped"
  : !existsSync(resolve(here, "../../node_modules/playwright-core")) ||
      !existsSync(resolve(here, "../../target/classes/org/chokepoint/web/index.html"))
    ? "the web UI was not built (-Dweb.skip=true); browser tests skipped"
  : !existsSync(jar)
    ? `no jar at ${jar}; build it first (./mvnw -B -DskipTests package -pl app -am)`
    : false;

/** The server's address, such as http://127.0.0.1:41234, once started. */
export let base;
/** The browser, once launched. */
export let browser;

let server;
let dataDir;

/**
 * Starts the jar and the browser before the file's tests and stops both after them.
 *
 * @param prefix the name of the temporary data directory
 * @param setup optional async (dataDir, jar) => ..., run before the server starts
 */
export function serveJar(prefix, setup) {
  before(async () => {
    if (skip) return;
    dataDir = mkdtempSync(join(tmpdir(), prefix));
    // run as root, the embedded PostgreSQL runs as nobody, who must reach DATA_DIR/postgres (D-ws-1)
    chmodSync(dataDir, 0o755);
    // work on the data directory before the server starts (accounts made with the CLI)
    if (setup) await setup(dataDir, jar);
    server = spawn("java", ["-jar", jar, "--data-dir", dataDir, "serve", "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    server.stderr.on("data", (d) => (err += d));
    base = await new Promise((ok, fail) => {
      let out = "";
      const timer = setTimeout(() => fail(new Error(`server not ready in 60 s: ${out} ${err}`)), 60_000);
      server.stdout.on("data", (d) => {
        out += d;
        const m = out.match(/serving (http:\/\/[^/\s]+)\//);
        if (m) {
          clearTimeout(timer);
          ok(m[1]);
        }
      });
      server.on("exit", (code) => fail(new Error(`server exited ${code}: ${err}`)));
    });
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    mkdirSync(shots, { recursive: true });
  });

  after(async () => {
    if (browser) await browser.close();
    if (server && server.exitCode === null) {
      // the server stops its PostgreSQL on the way out; wait for that before removing its folder
      await new Promise((done) => {
        const timer = setTimeout(done, 30_000);
        server.once("exit", () => {
          clearTimeout(timer);
          done();
        });
        server.kill("SIGTERM");
      });
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
}
