// Starts the fauxqs SQS emulator on 127.0.0.1 only (fauxqs's own CLI listens on every
// interface) and prints one JSON line with its address, so the process that started it can
// find the port it was given. It exits when its standard input closes, so an emulator never
// outlives the test run or demo that started it.
import { buildApp } from "fauxqs";

const port = Number.parseInt(process.env.SQS_EMULATOR_PORT ?? "0", 10);
const app = buildApp({ logger: false });
const address = await app.listen({ port, host: "127.0.0.1" });
process.stdout.write(JSON.stringify({ address }) + "\n");

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.stdin.on("end", stop);
process.stdin.on("close", stop);
process.stdin.resume();
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
