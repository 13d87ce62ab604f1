import { clientFactoryName, clientVariableName, type Credential } from "@vendor-sdks/spec-kit/workspace/client-naming";
import type { ExampleRequest } from "./example-request.ts";
import { toTsLiteral } from "./ts-literal.ts";

/**
 * The request made through the vendor's generated client: openapi-fetch's typed `GET/POST(path, init)`
 * wrapped in `unwrap()` (or `stream()` for Server-Sent Events), so the sample compiles against the client.
 */
export function typescriptSample(vendor: string, clientPackage: string, credential: Credential, request: ExampleRequest): string {
  const client = clientVariableName(vendor);
  const factory = clientFactoryName(vendor);
  const init = requestInit(request);
  const lines = [
    `import { ${request.streams ? `${factory}, stream` : factory} } from "${clientPackage}";`,
    "",
    `const ${client} = ${factory}({ ${credential.option}: process.env.${credential.envVar} });`,
    "",
  ];
  if (request.streams) {
    lines.push(
      `for await (const event of stream(${client}, ${JSON.stringify(request.path)}${init ? `, ${init}` : ""})) {`,
      "  console.log(event);",
      "}",
    );
  } else {
    lines.push(
      `const result = await ${client}.unwrap(`,
      `  ${client}.${request.method}(${JSON.stringify(request.path)}${init ? `, ${init}` : ""}),`,
      ");",
      "console.log(result);",
    );
  }
  return `${lines.join("\n")}\n`;
}

function requestInit(request: ExampleRequest): string | undefined {
  const indent = request.streams ? "" : "  ";
  const params: Record<string, unknown> = {};
  if (Object.keys(request.pathParams).length) params.path = request.pathParams;
  if (Object.keys(request.query).length) params.query = request.query;
  if (Object.keys(request.headers).length) params.header = request.headers;
  const init: Record<string, unknown> = {};
  if (Object.keys(params).length) init.params = params;
  if (request.body) init.body = request.body.value;
  return Object.keys(init).length ? toTsLiteral(init, indent) : undefined;
}
