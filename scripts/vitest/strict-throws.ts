/**
 * vitest 4's `toThrow(string | RegExp)` hands the check to chai's `throws`, which compares the
 * message only when the thrown value is truthy: a function that throws `null`, or a promise that
 * rejects with `undefined`, passes `toThrow(/anything/)` (found by mutation testing, docs/mutation.md).
 * Registered for every unit test (vitest.config.ts setupFiles): with a string or RegExp, the thrown
 * value must be an Error (or a string) whose message includes / matches it. Other forms of the
 * matcher (no argument, a class, an object, `.not`, `.resolves`) are vitest's own.
 */
import { chai } from 'vitest';

const described = (v: unknown): string => (v instanceof Error ? `${v.name}: ${v.message}` : typeof v === 'string' ? JSON.stringify(v) : String(v));

chai.use((lib, utils) => {
  for (const name of ['toThrow', 'toThrowError']) {
    utils.overwriteMethod(lib.Assertion.prototype, name, (original: (this: Chai.AssertionStatic, ...a: unknown[]) => unknown) =>
      function (this: Chai.AssertionStatic, expected?: unknown) {
        const promise = utils.flag(this, 'promise') as string | undefined;
        if (!(typeof expected === 'string' || expected instanceof RegExp) || utils.flag(this, 'negate') || promise === 'resolves') {
          return original.call(this, expected);
        }
        const obj = utils.flag(this, 'object') as unknown;
        let threw = promise === 'rejects';
        let thrown: unknown = threw ? obj : undefined;
        if (!threw) {
          try {
            (obj as () => unknown)();
          } catch (error) {
            threw = true;
            thrown = error;
          }
        }
        const message = thrown instanceof Error ? thrown.message : typeof thrown === 'string' ? thrown : null;
        const fits = message !== null && (typeof expected === 'string' ? message.includes(expected) : expected.test(message));
        this.assert(
          threw && fits,
          threw ? `expected an Error whose message ${typeof expected === 'string' ? 'includes' : 'matches'} #{exp}, got ${described(thrown)}` : 'expected function to throw an error, but it didn\'t',
          'expected no such error',
          expected,
          thrown,
        );
        return undefined;
      },
    );
  }
});
