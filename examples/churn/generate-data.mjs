#!/usr/bin/env node
// Writes examples/churn/data/customers.csv: a small, deterministic churn data set (seeded, so the same file
// every time). Usage: node examples/churn/generate-data.mjs [rows] [output.csv]
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const rows = Number(process.argv[2] ?? 4000);
const output = process.argv[3] ?? join(dirname(fileURLToPath(import.meta.url)), "data", "customers.csv");

// mulberry32: a tiny seeded PRNG, so the data set is reproducible byte for byte.
let state = 20240601;
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const pick = (values, weights) => {
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < values.length; i++) {
    r -= weights[i];
    if (r <= 0) return values[i];
  }
  return values[values.length - 1];
};

const countries = ["US", "GB", "DE", "FR"];
const plans = ["basic", "pro", "enterprise"];
const start = Date.UTC(2024, 0, 1);
const lines = [
  "customer_id,signup_time,country,plan,age,tenure_months,monthly_spend,support_tickets,email,churned",
];
for (let i = 0; i < rows; i++) {
  const country = pick(countries, [5, 2, 2, 1]);
  const plan = pick(plans, [6, 3, 1]);
  const age = Math.max(18, Math.min(90, Math.round(40 + 12 * normal())));
  const tenure = Math.max(0, Math.round(-Math.log(1 - random()) * 18));
  const spend = Math.max(5, (plan === "basic" ? 30 : plan === "pro" ? 90 : 250) * (1 + 0.25 * normal()));
  const tickets = Math.floor(-Math.log(1 - random()) * (plan === "enterprise" ? 1 : 2));
  const logit =
    -1.2 -
    0.06 * tenure +
    0.45 * tickets -
    0.004 * spend +
    (country === "FR" ? 0.4 : 0) +
    (age < 25 ? 0.5 : 0) +
    0.3 * normal();
  const churned = random() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
  const signup = new Date(start + Math.floor(random() * 180 * 86_400_000))
    .toISOString()
    .replace(".000Z", "Z");
  const id = `C${String(100000 + i)}`;
  lines.push(
    [
      id,
      signup,
      country,
      plan,
      age,
      tenure,
      spend.toFixed(2),
      tickets,
      `${id.toLowerCase()}@example.com`,
      churned,
    ].join(","),
  );
}
writeFileSync(output, `${lines.join("\n")}\n`);
console.log(`wrote ${rows} rows to ${output}`);
