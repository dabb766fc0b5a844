/**
 * A local HTTP proxy that tunnels `CONNECT host:port` to the same port on this machine, as a
 * corporate proxy would tunnel to GitHub: the process under test addresses GitHub by a name that
 * is not loopback (so its proxy settings apply), and still reaches the fake GitHub. It records
 * each tunnel it opens and the `Proxy-Authorization` it was given.
 */
import { createServer } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export interface TunnelProxy {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** `host:port` of each tunnel asked for, in order. */
  readonly tunnels: string[];
  /** The `Proxy-Authorization` header of each tunnel, when one was sent. */
  readonly authorizations: string[];
  close(): Promise<void>;
}

/** Non-loopback name the tests give the fake GitHub; the proxy alone resolves it (to 127.0.0.1). */
export const PROXIED_HOST = 'github.proxied.test';

export async function startTunnelProxy(): Promise<TunnelProxy> {
  const tunnels: string[] = [];
  const authorizations: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((_request, response) => {
    // Only tunnels: a request forwarded in plain HTTP would mean the client misread the proxy.
    response.writeHead(405).end('this proxy only tunnels (CONNECT)');
  });
  server.on('connect', (request, client: Socket, head: Buffer) => {
    const target = request.url ?? '';
    tunnels.push(target);
    const authorization = request.headers['proxy-authorization'];
    if (authorization !== undefined) authorizations.push(authorization);
    const port = Number(target.slice(target.lastIndexOf(':') + 1));
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tunnels,
    authorizations,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Whether this Node's `fetch` honours `HTTP(S)_PROXY` under `NODE_USE_ENV_PROXY=1`: 22.21+ and 24+. */
export function nodeReadsEnvProxy(version = process.versions.node): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major >= 24 || (major === 22 && minor >= 21);
}
