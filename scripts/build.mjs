// Library build: JavaScript through Vite (one module per source module), declarations through
// tsc, and the stylesheet in two forms: plain, and inside a cascade layer so host styles win.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);

mkdirSync('dist', { recursive: true });
/** The stylesheet with its `@import './file.css';` lines replaced by the files themselves. */
function inlineImports(file) {
  return readFileSync(file, 'utf8').replace(/^@import ['"]([^'"]+)['"];$/gm, (_, path) =>
    inlineImports(resolve(dirname(file), path)),
  );
}

const css = inlineImports('src/styles/styles.css');
writeFileSync('dist/styles.css', css);
writeFileSync('dist/styles.layer.css', `@layer intervention-ui {\n${css}\n}\n`);
const cssTypes = '// A stylesheet: import it for its side effect.\nexport {};\n';
writeFileSync('dist/styles.css.d.ts', cssTypes);
writeFileSync('dist/styles.layer.css.d.ts', cssTypes);
console.log('built dist/');
