// Placeholder until the parse benchmark is built.
export function benchParse(): Promise<void> {
  return Promise.reject(new Error('bench parse: not built yet'));
}
