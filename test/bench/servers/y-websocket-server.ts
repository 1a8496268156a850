// @y/websocket-server as its README runs it: stock setupWSConnection, no persistence configured.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';

const wss = new WebSocketServer({ noServer: true });
const server = createServer((_req, res) => res.end('ok'));
server.on('upgrade', (req, socket, head) =>
	wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req))
);
server.listen(0, '127.0.0.1', () => console.log(`listening on ${(server.address() as AddressInfo).port}`));
