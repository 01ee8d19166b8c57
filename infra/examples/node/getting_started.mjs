// PayCrypto with the AWS SDK for JavaScript v3, unmodified, by endpoint.
//
//   npm ci                      # @aws-sdk/client-payment-cryptography, pinned in package.json
//   AWS_ENDPOINT_URL=http://127.0.0.1:8090 node getting_started.mjs
//
// npm publishes no data-plane client (@aws-sdk/client-payment-cryptography-data), so this example stays on the
// control plane: create a key, read it, name it, list, delete. The data plane is reached from Java, Python or the
// CLI.
import {
  CreateAliasCommand,
  CreateKeyCommand,
  DeleteKeyCommand,
  GetAliasCommand,
  GetKeyCommand,
  PaymentCryptographyClient,
} from "@aws-sdk/client-payment-cryptography";

const client = new PaymentCryptographyClient({
  endpoint: process.env.AWS_ENDPOINT_URL ?? "http://127.0.0.1:8090",
  region: process.env.AWS_DEFAULT_REGION ?? "us-east-1",
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? "test",
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "test",
  },
});

// 1. a card verification key
const { Key: key } = await client.send(new CreateKeyCommand({
  Exportable: true,
  KeyAttributes: {
    KeyAlgorithm: "TDES_2KEY",
    KeyUsage: "TR31_C0_CARD_VERIFICATION_KEY",
    KeyClass: "SYMMETRIC_KEY",
    KeyModesOfUse: { Generate: true, Verify: true },
  },
}));
console.log(`key: ${key.KeyArn} (KCV ${key.KeyCheckValue})`);

// 2. read back
const { Key: read } = await client.send(new GetKeyCommand({ KeyIdentifier: key.KeyArn }));
console.log(`key state: ${read.KeyState}`);

// 3. an alias for it
const aliasName = `alias/node-example-${Date.now()}`;
await client.send(new CreateAliasCommand({ AliasName: aliasName, KeyArn: key.KeyArn }));
const { Alias: alias } = await client.send(new GetAliasCommand({ AliasName: aliasName }));
console.log(`alias: ${alias.AliasName} -> ${alias.KeyArn === key.KeyArn ? "the key" : alias.KeyArn}`);

// 4. deleted (pending deletion for 7 days)
const { Key: deleted } = await client.send(new DeleteKeyCommand({ KeyIdentifier: key.KeyArn }));
console.log(`key state: ${deleted.KeyState}`);
