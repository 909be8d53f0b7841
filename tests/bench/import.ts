// Placeholder until the import benchmark is built.
export function benchImport(): Promise<void> {
  return Promise.reject(new Error('bench import: not built yet'));
}
