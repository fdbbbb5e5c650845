import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

export type Fault =
  | "forward"
  /** Close the connection without forwarding. */
  | "reset"
  /** Forward, let the server act, then close the connection instead of answering. */
  | "forward-then-reset"
  /** Never answer. */
  | "hang"
  /** Forward, then send only the first half of the answer's body and close the connection. */
  | "truncate"
  | { status: number; body?: string; headers?: Record<string, string> };

export interface SeenRequest {
  method: string;
  /** The path without the query string. */
  path: string;
  headers: IncomingHttpHeaders;
}

/** A proxy on 127.0.0.1 in front of the live server that records every request and injects faults. */
export class FaultyProxy {
  readonly seen: SeenRequest[] = [];
  fault: (request: SeenRequest, sameBefore: number) => Fault = () => "forward";
  private readonly server = createServer((req, res) => this.handle(req, res));

  private constructor(private readonly upstreamUrl: string) {}

  /** Starts a proxy in front of `upstreamUrl` (an http:// server on 127.0.0.1). */
  static async start(upstreamUrl: string): Promise<FaultyProxy> {
    const proxy = new FaultyProxy(upstreamUrl);
    await new Promise<void>((resolve) => proxy.server.listen(0, "127.0.0.1", resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  count(method: string, path: string): number {
    return this.seen.filter((r) => r.method === method && r.path === path).length;
  }

  /** Injects `fault` into the first `times` requests to `path`. */
  failFirst(path: string, times: number, fault: Fault): void {
    this.fault = (request, sameBefore) => (request.path === path && sameBefore < times ? fault : "forward");
  }

  reset(): void {
    this.seen.length = 0;
    this.fault = () => "forward";
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    const path = (req.url ?? "").split("?")[0] ?? "";
    const seen: SeenRequest = { method: req.method ?? "", path, headers: req.headers };
    const sameBefore = this.seen.filter((r) => r.method === seen.method && r.path === path).length;
    this.seen.push(seen);
    const fault = this.fault(seen, sameBefore);
    if (fault === "hang") return;
    if (fault === "reset") {
      req.resume();
      req.on("end", () => req.socket.destroy());
      return;
    }
    if (typeof fault === "object") {
      req.resume();
      req.on("end", () => {
        res.writeHead(fault.status, { "content-type": "application/json", ...fault.headers });
        res.end(fault.body ?? JSON.stringify({ error_code: "TEMPORARILY_UNAVAILABLE", message: "injected" }));
      });
      return;
    }
    const target = new URL(this.upstreamUrl);
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        if (fault === "forward-then-reset") {
          answer.resume();
          answer.on("end", () => req.socket.destroy());
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (fault === "truncate") {
          const chunks: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => chunks.push(chunk));
          answer.on("end", () => {
            const body = Buffer.concat(chunks);
            res.write(body.subarray(0, Math.floor(body.length / 2)));
            req.socket.destroy();
          });
          return;
        }
        answer.pipe(res);
      },
    );
    upstream.on("error", () => req.socket.destroy());
    req.pipe(upstream);
  }
}
