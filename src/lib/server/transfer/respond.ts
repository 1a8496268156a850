// Turns a refused transfer into the JSON answer every cluster-file endpoint gives: `{error, code, field}`.
import { json } from '@sveltejs/kit';
import { TransferProblem } from './problem';

/** Runs `work`; a `TransferProblem` becomes its status with `{ error, code, field }`. */
export async function transferAnswer(work: () => Response | Promise<Response>): Promise<Response> {
	try {
		return await work();
	} catch (problem) {
		if (!(problem instanceof TransferProblem)) throw problem;
		return json(
			{ error: problem.message, code: problem.code, field: problem.field },
			{ status: problem.status }
		);
	}
}
