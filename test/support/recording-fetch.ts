/** An injected fetch that records every request and answers from a function: no global mocking. */

/** One request as it would go on the wire. */
export interface RecordedRequest {
  method: string;
  url: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** What the responder may answer: a response, or an error to throw as a network failure. */
export type Answer = Response | Error;

/** A fetch for the client, and the requests it has seen. */
export function recordingFetch(respond: (request: RecordedRequest, index: number) => Answer | Promise<Answer>) {
  const calls: RecordedRequest[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const request = new Request(url, init);
    const body = await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      url: request.url,
      path: new URL(request.url).pathname,
      headers: Object.fromEntries(request.headers),
      body,
      json: body ? JSON.parse(body) : undefined,
    };
    calls.push(recorded);
    const answer = await respond(recorded, calls.length - 1);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch, calls };
}

/** A JSON 1.1 response with a request id. */
export function awsResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/x-amz-json-1.1', 'x-amzn-RequestId': 'f3b4c5d6-7e8f-4a9b-8c7d-6e5f4a3b2c1d', ...headers },
  });
}

/** An AWS error response: body `{__type, message}` and the `x-amzn-ErrorType` header. */
export function awsError(status: number, type: string, message: string): Response {
  return awsResponse(status, { __type: type, message }, { 'x-amzn-ErrorType': `${type}:` });
}
