// Starts the dynalite DynamoDB emulator with an in-memory store on 127.0.0.1 only (dynalite's
// own CLI listens on every interface) and prints one JSON line with its address, so the process
// that started it can find the port it was given. Tables become ACTIVE at once. It exits when
// its standard input closes, so an emulator never outlives the test run or demo that started it.
import dynalite from "dynalite";

const port = Number.parseInt(process.env.DYNAMODB_EMULATOR_PORT ?? "0", 10);
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
await new Promise((resolve, reject) => {
  server.once("error", reject);
  server.listen(port, "127.0.0.1", resolve);
});
const address = `http://127.0.0.1:${server.address().port}`;
process.stdout.write(JSON.stringify({ address }) + "\n");

let stopping = false;
const stop = () => {
  if (stopping) {
    return;
  }
  stopping = true;
  // The store is in memory, so there is nothing to flush: give open requests a moment, then go.
  setTimeout(() => process.exit(0), 2000).unref();
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
};
process.stdin.on("end", stop);
process.stdin.on("close", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
