// Runs warm-up steps (shared/search/warm-up.ts) one task at a time: a search or an
// IndexedDB answer that arrives meanwhile is handled between two steps, and the steps stop
// as soon as `go` says so. A warm-up that fails only costs speed: it never stops a worker.

/** Resolves on the next task (a MessageChannel message: no timer clamping of nested timeouts). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export async function warmUpWhile(steps: Iterator<void>, go: () => boolean): Promise<void> {
  try {
    while (go()) {
      if (steps.next().done) return;
      await nextTask();
    }
  } catch (error) {
    console.warn('search warm-up stopped', error);
  }
}
