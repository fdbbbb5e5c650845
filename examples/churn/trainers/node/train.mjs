// The churn example's training command in plain Node: logistic regression by full-batch gradient descent
// with L2. It follows trainyard's train contract: every input comes from a TRAINYARD_* variable, the model
// goes to TRAINYARD_OUTPUT_DIR/model.json and the training curve to TRAINYARD_METRICS_FILE.
// Deterministic: zero initialisation and full-batch steps, so the same data and params give the same bytes.
// Resumable: every CHECKPOINT_EVERY epochs it writes its state to TRAINYARD_CHECKPOINT_DIR/checkpoint.json
// (atomically), and starts from that state when trainyard has restored one there; the numbers round-trip
// exactly through JSON, so a resumed training gives the same bytes as an uninterrupted one.
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CATEGORICAL,
  columnIndexes,
  fail,
  featureNames,
  featureVector,
  LABEL,
  NUMERIC,
  readCsv,
  readText,
  requireEnv,
  sigmoid,
} from "./churn-features.mjs";

/** The accepted params, their defaults and checks. */
const PARAMS = {
  learning_rate: { default: 0.5, valid: (v) => typeof v === "number" && v > 0 && Number.isFinite(v) },
  epochs: { default: 200, valid: (v) => Number.isInteger(v) && v >= 1 && v <= 1_000_000 },
  l2: { default: 0.001, valid: (v) => typeof v === "number" && v >= 0 && Number.isFinite(v) },
};

function readParams(path) {
  let given;
  try {
    given = JSON.parse(readText(path, "the params file"));
  } catch (error) {
    fail(`the params file ${path} is not JSON: ${error.message}`);
  }
  if (given === null || typeof given !== "object" || Array.isArray(given))
    fail(`the params file ${path} must hold a JSON object, found ${JSON.stringify(given)}`);
  const unknown = Object.keys(given).filter((key) => !Object.hasOwn(PARAMS, key));
  if (unknown.length > 0)
    fail(`unknown params ${unknown.join(", ")} (this trainer accepts ${Object.keys(PARAMS).join(", ")})`);
  const params = {};
  for (const [name, spec] of Object.entries(PARAMS)) {
    const value = given[name] ?? spec.default;
    if (!spec.valid(value)) fail(`param ${name} has an invalid value ${JSON.stringify(value)}`);
    params[name] = value;
  }
  return params;
}

const trainFile = requireEnv("TRAINYARD_TRAIN_FILE");
const outputDir = requireEnv("TRAINYARD_OUTPUT_DIR");
const paramsFile = requireEnv("TRAINYARD_PARAMS_FILE");
const seedText = requireEnv("TRAINYARD_SEED");
if (!/^-?\d+$/.test(seedText.trim())) fail(`TRAINYARD_SEED must be an integer, found "${seedText}"`);
// The algorithm draws no random numbers; the seed is recorded in the model for the record.
const seed = Number(seedText);
const metricsFile = process.env.TRAINYARD_METRICS_FILE || undefined;
const params = readParams(paramsFile);

const { columns, rows } = readCsv(trainFile);
if (rows.length === 0) fail(`${trainFile} has a header but no rows`);
const index = columnIndexes(columns, [LABEL, ...CATEGORICAL, ...NUMERIC], trainFile);

const categories = Object.fromEntries(
  CATEGORICAL.map((name) => [name, [...new Set(rows.map((row) => row[index[name]]))].sort()]),
);
const scaling = Object.fromEntries(
  NUMERIC.map((name) => {
    const values = rows
      .map((row) => (row[index[name]].trim() === "" ? Number.NaN : Number(row[index[name]])))
      .filter(Number.isFinite);
    if (values.length === 0) fail(`column "${name}" of ${trainFile} has no numeric value`);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
    return [name, { mean, std: Math.sqrt(variance) || 1 }];
  }),
);
const encoding = { categories, scaling };
const features = featureNames(encoding);
const n = rows.length;
const d = features.length;
const x = new Float64Array(n * d);
const y = new Float64Array(n);
rows.forEach((row, i) => {
  x.set(featureVector(row, index, encoding), i * d);
  const label = row[index[LABEL]].trim();
  if (label !== "0" && label !== "1")
    fail(`${trainFile}: row ${i + 1} has ${LABEL} = "${label}", expected 0 or 1`);
  y[i] = Number(label);
});

const weights = new Float64Array(d);
let bias = 0;
const probabilities = new Float64Array(n);

/** The mean log loss of the current weights, leaving each row's probability in `probabilities`. */
function logLoss() {
  let loss = 0;
  for (let i = 0; i < n; i++) {
    let z = bias;
    for (let j = 0; j < d; j++) z += weights[j] * x[i * d + j];
    const p = sigmoid(z);
    probabilities[i] = p;
    const clipped = Math.min(Math.max(p, 1e-15), 1 - 1e-15);
    loss -= y[i] === 1 ? Math.log(clipped) : Math.log(1 - clipped);
  }
  return loss / n;
}

const curve = (step, value) => {
  if (metricsFile)
    appendFileSync(metricsFile, `${JSON.stringify({ name: "train_log_loss", value, step })}\n`);
};

const CHECKPOINT_EVERY = 100;
const checkpointDir = process.env.TRAINYARD_CHECKPOINT_DIR || undefined;
const checkpointFile = checkpointDir ? join(checkpointDir, "checkpoint.json") : undefined;
let firstEpoch = 0;
if (checkpointFile && existsSync(checkpointFile)) {
  const saved = JSON.parse(readFileSync(checkpointFile, "utf8"));
  if (saved.features?.join("\t") === features.join("\t") && saved.step <= params.epochs) {
    weights.set(saved.weights);
    bias = saved.bias;
    firstEpoch = saved.step;
    console.log(`resuming from the checkpoint at step ${firstEpoch}`);
  } else console.log("the checkpoint is of another model; training from the start");
}
function saveCheckpoint(step) {
  if (!checkpointFile) return;
  const state = { step, features, weights: Array.from(weights), bias };
  writeFileSync(`${checkpointFile}.tmp`, JSON.stringify(state));
  renameSync(`${checkpointFile}.tmp`, checkpointFile);
}

// Minimises mean log loss + l2/2 · |w|² (the bias is not penalised); step k is the loss after k updates.
const gradient = new Float64Array(d);
for (let epoch = firstEpoch; epoch < params.epochs; epoch++) {
  if (epoch > firstEpoch && epoch % CHECKPOINT_EVERY === 0) saveCheckpoint(epoch);
  const loss = logLoss();
  if (epoch % 10 === 0) curve(epoch, loss);
  gradient.fill(0);
  let gradientBias = 0;
  for (let i = 0; i < n; i++) {
    const error = probabilities[i] - y[i];
    for (let j = 0; j < d; j++) gradient[j] += error * x[i * d + j];
    gradientBias += error;
  }
  for (let j = 0; j < d; j++) weights[j] -= params.learning_rate * (gradient[j] / n + params.l2 * weights[j]);
  bias -= (params.learning_rate * gradientBias) / n;
}
const finalLoss = logLoss();
curve(params.epochs, finalLoss);
if (!Number.isFinite(finalLoss) || !weights.every(Number.isFinite) || !Number.isFinite(bias))
  fail(`training diverged (learning_rate ${params.learning_rate} is too large?)`);

const model = {
  kind: "logistic-regression",
  label: LABEL,
  positive_class: 1,
  params,
  seed,
  features,
  encoding,
  weights: Array.from(weights),
  bias,
  training: { rows: n, positives: y.reduce((sum, value) => sum + value, 0), log_loss: finalLoss },
};
try {
  writeFileSync(join(outputDir, "model.json"), `${JSON.stringify(model, null, 2)}\n`);
} catch (error) {
  fail(`cannot write the model to ${outputDir}: ${error.message}`);
}
console.log(
  `trained logistic regression on ${n} rows, ${d} features, ${params.epochs} epochs: train log loss ${finalLoss.toFixed(4)}`,
);
