// Stands in for Electron's `process.parentPort` when the register host's bundle runs in plain Node under
// child_process.fork: a message arrives as an event with `data`, as Electron's MessageEvent has it.
process.parentPort = {
  on(event, listener) {
    process.on(event, (data) => listener({ data }));
  },
  postMessage(message) {
    process.send(message);
  },
};
