// adapter-node assumes https when neither ORIGIN nor PROTOCOL_HEADER is set, so SvelteKit's CSRF
// check would refuse every form posted over plain http (`npm start` on localhost). Without either,
// we tell it the protocol of the connection itself, in a header we always overwrite.
import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

const header = 'x-clusterplan-protocol';

/** Call before importing the handler: adapter-node reads its environment at import. */
export function useConnectionProtocol(env: NodeJS.ProcessEnv = process.env): boolean {
	if (env.ORIGIN || env.PROTOCOL_HEADER) return false;
	env.PROTOCOL_HEADER = header;
	return true;
}

export function markProtocol(req: IncomingMessage): void {
	req.headers[header] = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
}
