// Answers an upgrade request with a plain HTTP error instead of a socket.
import type { Duplex } from 'node:stream';
import { STATUS_CODES } from 'node:http';

/** Writes `status` with a one-line reason and closes the connection; opens nothing. */
export function refuseUpgrade(socket: Duplex, status: number, reason: string): void {
	if (!socket.writable) return void socket.destroy();
	const body = `${reason}\n`;
	socket.end(
		`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n` +
			'Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\n' +
			`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
	);
}
