import { defineConfig } from "vite";

// The build lands where the jar serves it from: the classpath folder org/chokepoint/web.
export default defineConfig({
  base: "/",
  build: {
    outDir: "target/classes/org/chokepoint/web",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:8080", "/health": "http://127.0.0.1:8080" },
  },
});
