// A real SMTP server for the mail tests, as its own process: `node --import tsx smtp-sink.ts <dir>
// [port]` listens on 127.0.0.1 (port 0: any free one), takes every message without sign-in or TLS,
// writes each as `<n>.eml` into <dir>, and prints "smtp-sink listening on <port>" when ready.
import { writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

const [dir, portArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: smtp-sink.ts <dir> [port]');
let received = 0;

const server = new SMTPServer({
	authOptional: true,
	disabledCommands: ['STARTTLS', 'AUTH'],
	logger: false,
	onData(stream, _session, callback) {
		const chunks: Buffer[] = [];
		stream.on('data', (chunk: Buffer) => chunks.push(chunk));
		stream.on('end', () => {
			const name = join(dir, `${String(++received).padStart(4, '0')}.eml`);
			// Written aside and renamed, so a reader never sees half a message.
			writeFileSync(`${name}.part`, Buffer.concat(chunks));
			renameSync(`${name}.part`, name);
			callback();
		});
	}
});

server.listen(Number(portArg ?? 0), '127.0.0.1', () => {
	const address = server.server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	console.log(`smtp-sink listening on ${port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
