// Placeholder until the brief benchmark is built.
export function benchBrief(): Promise<void> {
  return Promise.reject(new Error('bench brief: not built yet'));
}
