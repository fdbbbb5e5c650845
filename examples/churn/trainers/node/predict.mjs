// The churn example's prediction command: trainyard's predict contract (TRAINYARD_MODEL_DIR,
// TRAINYARD_INPUT_FILE, TRAINYARD_PREDICTIONS_FILE). Writes `prediction,score`, one line per input row in
// input order: the predicted class (0 or 1) and P(churned = 1). The label column, if present, is not read.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CATEGORICAL,
  columnIndexes,
  fail,
  featureVector,
  NUMERIC,
  readCsv,
  readText,
  requireEnv,
  sigmoid,
} from "./churn-features.mjs";

const modelFile = join(requireEnv("TRAINYARD_MODEL_DIR"), "model.json");
const inputFile = requireEnv("TRAINYARD_INPUT_FILE");
const predictionsFile = requireEnv("TRAINYARD_PREDICTIONS_FILE");

let model;
try {
  model = JSON.parse(readText(modelFile, "the model"));
} catch (error) {
  fail(`the model ${modelFile} is not JSON: ${error.message}`);
}
if (model?.kind !== "logistic-regression" || !Array.isArray(model.weights))
  fail(`${modelFile} is not a model of trainers/node/train.mjs`);

const { columns, rows } = readCsv(inputFile);
const index = columnIndexes(columns, [...CATEGORICAL, ...NUMERIC], inputFile);
const lines = ["prediction,score"];
for (const row of rows) {
  const features = featureVector(row, index, model.encoding);
  let z = model.bias;
  for (let j = 0; j < features.length; j++) z += model.weights[j] * features[j];
  const score = sigmoid(z);
  lines.push(`${score >= 0.5 ? 1 : 0},${score}`);
}
try {
  writeFileSync(predictionsFile, `${lines.join("\n")}\n`);
} catch (error) {
  fail(`cannot write the predictions to ${predictionsFile}: ${error.message}`);
}
