// The command line both interleaved A/B scripts take (dense-ab.mjs, dense-ab-firefox.mjs):
//   [--runs N] [--page PATH] [--top N] [--stacks DIR] NAME=DIR ...
import { resolve } from 'node:path';
import { median as statsMedian } from '../bench/stats.mjs';

/** The options, with this script's defaults for `runs` and `top`. */
export function abArgs(argv, defaults) {
  const o = { runs: defaults.runs, pagePath: '/dense.html', top: defaults.top, stacksDir: null, builds: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') o.runs = Number(argv[++i]);
    else if (argv[i] === '--page') o.pagePath = argv[++i];
    else if (argv[i] === '--top') o.top = Number(argv[++i]);
    else if (argv[i] === '--stacks') o.stacksDir = resolve(argv[++i]);
    else {
      const [name, dir] = argv[i].split('=');
      o.builds.push({ name, dir: resolve(dir) });
    }
  }
  return o;
}

/** The bench's median, NaN (printed as such) rather than null where there is nothing. */
export const median = (xs) => statsMedian(xs) ?? NaN;
