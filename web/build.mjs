// Builds the workspace into dist/: one bundle of the app's script and one stylesheet under assets/, named by
// their content's hash (served as immutable), and index.html pointing at them. Nothing is fetched at run time
// from elsewhere: no CDN, no web font.
import { build } from "esbuild";
import { readFile, writeFile, rm, mkdir } from "node:fs/promises";
import path from "node:path";

const dist = "dist";
await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const result = await build({
    entryPoints: ["src/main.tsx", "src/styles.css"],
    bundle: true,
    minify: true,
    sourcemap: false,
    format: "esm",
    target: ["es2022"],
    outdir: path.join(dist, "assets"),
    entryNames: "[name]-[hash]",
    // The identity provider's library is its own chunk, loaded only where sign-in goes through the provider.
    splitting: true,
    chunkNames: "chunk-[hash]",
    metafile: true,
    jsx: "automatic",
    jsxImportSource: "preact",
    legalComments: "none",
    logLevel: "warning",
});

const outputs = Object.entries(result.metafile.outputs);
const asset = (entry) =>
    "/" + path.relative(dist, outputs.find(([, o]) => o.entryPoint === entry)[0]).replaceAll(path.sep, "/");
const page = (await readFile("src/index.html", "utf8"))
    .replace("%SCRIPT%", asset("src/main.tsx"))
    .replace("%STYLES%", asset("src/styles.css"));
await writeFile(path.join(dist, "index.html"), page);
for (const [file, output] of outputs) console.log(`${file}  ${(output.bytes / 1024).toFixed(1)} KB`);
