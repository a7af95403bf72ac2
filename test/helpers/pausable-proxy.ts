import net from 'node:net';

/**
 * A TCP proxy on loopback that can stop forwarding without closing sockets: a network that
 * silently drops traffic, for heartbeat-timeout tests.
 */
export class PausableProxy {
  paused = false;
  private readonly sockets = new Set<net.Socket>();
  private constructor(
    readonly server: net.Server,
    readonly port: number,
  ) {}

  static async start(targetPort: number): Promise<PausableProxy> {
    let proxy: PausableProxy | undefined;
    const server = net.createServer((client) => {
      const upstream = net.connect(targetPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        proxy!.sockets.add(s);
        s.on('error', () => {});
        s.on('close', () => {
          proxy!.sockets.delete(s);
          client.destroy();
          upstream.destroy();
        });
      }
      client.on('data', (d) => {
        if (!proxy!.paused) upstream.write(d);
      });
      upstream.on('data', (d) => {
        if (!proxy!.paused) client.write(d);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    proxy = new PausableProxy(server, (server.address() as net.AddressInfo).port);
    return proxy;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((r) => this.server.close(r));
  }
}
