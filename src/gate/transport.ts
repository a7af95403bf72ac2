/** The server side of one client connection, whatever the socket kind. */
export interface ServerTransport {
  readonly kind: 'tcp' | 'ws' | 'memory';
  /** "address:port" of the peer, for logs. */
  readonly remote: string;
  /** The peer's address alone, for per-address limits. */
  readonly remoteIp: string;
  /** Stream transports deliver arbitrary chunks; message transports exactly one frame each. */
  readonly framing: 'stream' | 'message';
  /** Queues bytes for the peer; never throws on a closed transport. */
  write(bytes: Uint8Array): void;
  /** Bytes queued and not yet handed to the kernel. */
  readonly buffered: number;
  /** Closes after queued bytes are written. */
  end(): void;
  /** Closes now, dropping queued bytes. */
  destroy(): void;
}

/** What a transport reports to its connection. */
export interface TransportEvents {
  data(bytes: Uint8Array): void;
  closed(): void;
}
