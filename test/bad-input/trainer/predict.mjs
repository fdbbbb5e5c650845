// The bad-input corpus's prediction command: one row per input row, scored from the label column `y` with
// a little deterministic noise. Reads quoted CSV fields, newlines inside quotes included.
import { readFileSync, writeFileSync } from "node:fs";

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (char !== "\r") field += char;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const [header = [], ...rows] = parseCsv(readFileSync(process.env.TRAINYARD_INPUT_FILE, "utf8"));
const label = header.indexOf("y");
const lines = ["prediction,score"];
rows.forEach((row, i) => {
  const y = label >= 0 ? Number(row[label]) : 0;
  const score = Math.min(0.99, Math.max(0.01, 0.25 + 0.5 * y + (((i * 37) % 10) - 5) / 25));
  lines.push(`${score >= 0.5 ? 1 : 0},${score}`);
});
writeFileSync(process.env.TRAINYARD_PREDICTIONS_FILE, `${lines.join("\n")}\n`);
