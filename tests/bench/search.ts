// Placeholder until the search benchmark is built.
export function benchSearch(): Promise<void> {
  return Promise.reject(new Error('bench search: not built yet'));
}
