// Prints the MLflow token it inherited, as a careless debug line or an HTTP client's verbose log would,
// then fails: the lines end up in trainyard's log, its error message and logs/train-tail.log.
console.log(
  `connecting to ${process.env.MLFLOW_TRACKING_URI} with token ${process.env.MLFLOW_TRACKING_TOKEN}`,
);
console.error(`> Authorization: Bearer ${process.env.MLFLOW_TRACKING_TOKEN}`);
console.error("error: could not load the training data");
process.exit(1);
