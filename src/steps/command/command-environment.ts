/**
 * Credentials trainyard uses itself and the user's command has no need for: the tracking token and password
 * (trainyard logs to MLflow for the command), GitHub's tokens, and the action's own inputs. AWS credentials
 * stay: training code may read its data from S3.
 */
const WITHHELD = new Set([
  "MLFLOW_TRACKING_TOKEN",
  "MLFLOW_TRACKING_PASSWORD",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
]);

/** The environment a user command starts from: the parent's, without trainyard's credentials and inputs. */
export function commandEnvironment(
  parent: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (WITHHELD.has(name) || name.startsWith("INPUT_")) continue;
    env[name] = value;
  }
  return env;
}
