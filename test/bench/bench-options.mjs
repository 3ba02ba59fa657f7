// What the browser benchmarks share: their numeric `--name value` options and the median.

/** `--name <number>` from the command line, or `fallback`. */
export function numberOption(argv, name, fallback) {
  const index = argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(argv[index + 1]);
}

/** The middle value (the upper one of the two middles for an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
