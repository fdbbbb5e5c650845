export interface MlflowCredentials {
  /** Sent as `Authorization: Bearer <token>` (MLflow's MLFLOW_TRACKING_TOKEN). */
  token?: string;
  /** With `password`, sent as HTTP Basic auth; takes precedence over a token. */
  username?: string;
  password?: string;
}

export interface MlflowAuth {
  /** The Authorization header value, if any credential is configured. */
  header?: string;
  /** Every string that must never appear in a message: the raw secrets and the encoded header. */
  secrets: string[];
}

/**
 * Chooses the credential: explicit options first, then `env`; within each, username and password (Basic)
 * before a token (Bearer), as MLflow's own client does. `fallback` (credentials written into the tracking
 * URI) is used only when neither names any.
 */
export function resolveAuth(
  options: MlflowCredentials,
  env: Record<string, string | undefined>,
  fallback: MlflowCredentials = {},
): MlflowAuth {
  const sources: MlflowCredentials[] = [
    options,
    {
      username: nonEmpty(env.MLFLOW_TRACKING_USERNAME),
      password: nonEmpty(env.MLFLOW_TRACKING_PASSWORD),
      token: nonEmpty(env.MLFLOW_TRACKING_TOKEN),
    },
    fallback,
  ];
  for (const source of sources) {
    const username = nonEmpty(source.username);
    const password = nonEmpty(source.password);
    if (username !== undefined && password !== undefined) {
      const encoded = Buffer.from(`${username}:${password}`, "utf8").toString("base64");
      return { header: `Basic ${encoded}`, secrets: [password, encoded] };
    }
    const token = nonEmpty(source.token);
    if (token !== undefined) return { header: `Bearer ${token}`, secrets: [token] };
  }
  return { secrets: [] };
}

/** A function that replaces every secret in a text with `***`. */
export function redactor(secrets: readonly string[]): (text: string) => string {
  // Very short secrets would blank out ordinary words; they are unlikely to be real credentials anyway.
  const hidden = secrets.filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  if (hidden.length === 0) return (text) => text;
  return (text) => {
    let result = text;
    for (const secret of hidden) result = result.split(secret).join("***");
    return result;
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === "" ? undefined : value;
}
