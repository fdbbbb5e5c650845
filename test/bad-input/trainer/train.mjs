// The bad-input corpus's training command: writes a tiny "model" and a copy of the params file it was
// given, byte for byte, so a case can check what reached the command. Its arguments are echoed as they arrive.
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const outputDir = process.env.TRAINYARD_OUTPUT_DIR;
const paramsFile = process.env.TRAINYARD_PARAMS_FILE;
if (!outputDir || !paramsFile) {
  console.error("run this through trainyard: TRAINYARD_OUTPUT_DIR and TRAINYARD_PARAMS_FILE are not set");
  process.exit(2);
}
console.log(`arguments: ${JSON.stringify(process.argv.slice(2))}`);
copyFileSync(paramsFile, join(outputDir, "params-seen.json"));
writeFileSync(join(outputDir, "model.json"), `${JSON.stringify({ kind: "bad-input-corpus" })}\n`);
