// A prediction command with an off-by-one bug: it skips the first input row.
import { readFileSync, writeFileSync } from "node:fs";

const rows = readFileSync(process.env.TRAINYARD_INPUT_FILE, "utf8").trim().split("\n").slice(1);
const lines = ["prediction,score", ...rows.slice(1).map((_, i) => `${i % 2},${0.25 + (i % 2) / 2}`)];
writeFileSync(process.env.TRAINYARD_PREDICTIONS_FILE, `${lines.join("\n")}\n`);
