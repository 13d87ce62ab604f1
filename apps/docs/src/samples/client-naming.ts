export { clientFactoryName, clientVariableName, credentialOf, pascalCase, type Credential } from "@vendor-sdks/scripts/workspace/client-naming";
