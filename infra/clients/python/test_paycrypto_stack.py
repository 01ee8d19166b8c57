"""Tests of paycrypto_stack against a real HTTP server standing in for the deployed stack.

boto3 clients configured by the module, and the real ``aws`` CLI (v1) with the module loaded as a plugin, send
their requests to a local ``http.server``; each test checks what arrived: route, ``X-Amz-Target``, credential
scope, and the signature, recomputed with botocore's ``SigV4Auth`` for ``execute-api`` over the request as
received, dated by its own ``X-Amz-Date``.

Run from the repository root: ``python3 -m unittest discover -s infra/clients/python``.
"""

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import boto3
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

import paycrypto_stack

HERE = os.path.dirname(os.path.abspath(__file__))
ACCESS_KEY_ID = 'AKIDPAYCRYPTOSTACK'
SECRET_KEY = 'paycrypto-stack-test-secret'
KEY_ARN = 'arn:aws:payment-cryptography:us-east-1:111122223333:key/kwapwa6qaifllw2h'
JSON_1_0 = 'application/x-amz-json-1.0'
GET_KEY_REPLY = {
    'Key': {
        'KeyArn': KEY_ARN,
        'KeyAttributes': {
            'KeyUsage': 'TR31_C0_CARD_VERIFICATION_KEY',
            'KeyClass': 'SYMMETRIC_KEY',
            'KeyAlgorithm': 'TDES_2KEY',
            'KeyModesOfUse': {'Generate': True, 'Verify': True},
        },
        'KeyCheckValue': 'CADDA1',
        'KeyCheckValueAlgorithm': 'ANSI_X9_24',
        'Enabled': True,
        'Exportable': True,
        'KeyState': 'CREATE_COMPLETE',
        'KeyOrigin': 'AWS_PAYMENT_CRYPTOGRAPHY',
        'CreateTimestamp': 1.7e9,
    }
}
LIST_KEYS_REPLY = {'Keys': []}
CVV2_REPLY = {'KeyArn': KEY_ARN, 'KeyCheckValue': 'CADDA1', 'ValidationData': '123'}
AUTHORIZATION = re.compile(
    r'AWS4-HMAC-SHA256 Credential=(?P<key>[^/]+)/(?P<scope>(?P<date>\d{8})/(?P<region>[^/]+)/(?P<service>[^/]+)'
    r'/aws4_request), SignedHeaders=(?P<signed>[a-z0-9;-]+), Signature=(?P<signature>[0-9a-f]{64})$'
)


class Captured:
    """A request as it arrived: method, raw path (still percent-encoded), headers by lower-case name, body."""

    def __init__(self, method, path, headers, body):
        self.method, self.path, self.headers, self.body = method, path, headers, body

    def authorization(self):
        match = AUTHORIZATION.match(self.headers.get('authorization', ''))
        if not match:
            raise AssertionError(f"Not a SigV4 Authorization header: {self.headers.get('authorization')!r}")
        return match


class StackStub:
    """A real HTTP server on the loopback interface that records requests and answers with queued replies."""

    def __init__(self):
        self.requests = queue.Queue()
        self.replies = queue.Queue()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get('Content-Length') or 0)
                body = self.rfile.read(length)
                headers = {name.lower(): value for name, value in self.headers.items()}
                stub.requests.put(Captured(self.command, self.path, headers, body))
                try:
                    status, content_type, reply = stub.replies.get_nowait()
                except queue.Empty:
                    status, content_type, reply = 500, 'application/json', {'message': 'no reply queued'}
                payload = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header('Content-Type', content_type)
                self.send_header('Content-Length', str(len(payload)))
                self.send_header('x-amzn-RequestId', 'stack-stub')
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path=''):
        return f'http://127.0.0.1:{self.server.server_address[1]}{path}'

    def reply(self, body, content_type=JSON_1_0):
        self.replies.put((200, content_type, body))

    def take(self):
        try:
            return self.requests.get(timeout=5)
        except queue.Empty:
            raise AssertionError('The client sent no request to the server') from None

    def close(self):
        self.server.shutdown()
        self.server.server_close()


_sandbox = None
_saved_environment = None


def setUpModule():
    # The tests must not read the caller's AWS profile, config or credentials files.
    global _sandbox, _saved_environment
    _sandbox = tempfile.TemporaryDirectory()
    _saved_environment = dict(os.environ)
    isolated = {name: value for name, value in os.environ.items() if not name.startswith('AWS_')}
    isolated.update(
        AWS_CONFIG_FILE=os.path.join(_sandbox.name, 'config'),
        AWS_SHARED_CREDENTIALS_FILE=os.path.join(_sandbox.name, 'credentials'),
        AWS_EC2_METADATA_DISABLED='true',
    )
    isolated.pop(paycrypto_stack.ACTIVATION_VARIABLE, None)
    os.environ.clear()
    os.environ.update(isolated)


def tearDownModule():
    os.environ.clear()
    os.environ.update(_saved_environment)
    _sandbox.cleanup()


def recomputed_signature(stub, request, service, region):
    """botocore's SigV4 over the received request: only the headers it names as signed, its own X-Amz-Date."""
    signed = request.authorization().group('signed').split(';')
    rebuilt = AWSRequest(
        method=request.method,
        url=stub.url(request.path),
        data=request.body,
        headers={name: request.headers[name] for name in signed},
    )
    rebuilt.context['timestamp'] = request.headers['x-amz-date']
    auth = SigV4Auth(Credentials(ACCESS_KEY_ID, SECRET_KEY), service, region)
    return auth.signature(auth.string_to_sign(rebuilt, auth.canonical_request(rebuilt)), rebuilt)


class StackTestCase(unittest.TestCase):
    stub = None

    @classmethod
    def setUpClass(cls):
        cls.stub = StackStub()

    @classmethod
    def tearDownClass(cls):
        cls.stub.close()

    def assert_signed_for_execute_api(self, request, region):
        authorization = request.authorization()
        self.assertEqual(authorization.group('key'), ACCESS_KEY_ID)
        date = authorization.group('date')
        self.assertEqual(authorization.group('scope'), f'{date}/{region}/execute-api/aws4_request')
        self.assertTrue(request.headers['x-amz-date'].startswith(date))
        self.assertEqual(
            authorization.group('signature'), recomputed_signature(self.stub, request, 'execute-api', region)
        )
        # The check can tell: the same request signed for the SDK's own name would not verify.
        self.assertNotEqual(
            authorization.group('signature'), recomputed_signature(self.stub, request, 'payment-cryptography', region)
        )


class Boto3Test(StackTestCase):
    def session(self):
        return boto3.session.Session(aws_access_key_id=ACCESS_KEY_ID, aws_secret_access_key=SECRET_KEY)

    def stack_client(self, service_name, stage_path, region_name):
        return paycrypto_stack.client(self.session(), service_name, self.stub.url(stage_path), region_name=region_name)

    def test_control_plane_call_is_posted_to_its_route_and_signed_over_it(self):
        self.stub.reply(GET_KEY_REPLY)
        cp = self.stack_client('payment-cryptography', '/Prod', 'us-east-1')
        response = cp.get_key(KeyIdentifier='alias/cvv')
        request = self.stub.take()

        self.assertEqual(request.method, 'POST')
        self.assertEqual(request.path, '/Prod/controlplane/GetKey')
        self.assertEqual(request.headers['x-amz-target'], 'PaymentCryptographyControlPlane.GetKey')
        self.assertEqual(json.loads(request.body), {'KeyIdentifier': 'alias/cvv'})
        self.assertIn('x-amz-target', request.authorization().group('signed').split(';'))
        self.assert_signed_for_execute_api(request, 'us-east-1')
        self.assertEqual(response['Key']['KeyArn'], KEY_ARN)

    def test_data_plane_call_keeps_its_path_under_the_stage(self):
        self.stub.reply(CVV2_REPLY, content_type='application/json')
        dp = self.stack_client('payment-cryptography-data', '/Prod/', 'eu-west-2')
        response = dp.generate_card_validation_data(
            KeyIdentifier=KEY_ARN,
            PrimaryAccountNumber='4111111111111111',
            GenerationAttributes={'CardVerificationValue2': {'CardExpiryDate': '1230'}},
        )
        request = self.stub.take()

        self.assertEqual(request.path, '/Prod/cardvalidationdata/generate')
        self.assertNotIn('x-amz-target', request.headers)
        self.assert_signed_for_execute_api(request, 'eu-west-2')
        self.assertEqual(response['ValidationData'], '123')

    def test_data_plane_path_labels_are_signed_as_sent(self):
        self.stub.reply({'KeyArn': KEY_ARN, 'CipherText': '0011223344556677'}, content_type='application/json')
        dp = self.stack_client('payment-cryptography-data', '/Prod', 'us-east-1')
        dp.encrypt_data(
            KeyIdentifier=KEY_ARN,
            PlainText='31323334353637383930313233343536',
            EncryptionAttributes={'Symmetric': {'Mode': 'ECB'}},
        )
        request = self.stub.take()

        self.assertEqual(
            request.path,
            '/Prod/keys/arn%3Aaws%3Apayment-cryptography%3Aus-east-1%3A111122223333%3Akey%2Fkwapwa6qaifllw2h/encrypt',
        )
        self.assert_signed_for_execute_api(request, 'us-east-1')

    def test_configure_on_an_existing_client_is_idempotent(self):
        self.stub.reply(LIST_KEYS_REPLY)
        cp = self.session().client('payment-cryptography', endpoint_url=self.stub.url('/Prod'), region_name='us-east-1')
        paycrypto_stack.configure(paycrypto_stack.configure(cp))
        cp.list_keys()
        request = self.stub.take()

        self.assertEqual(request.path, '/Prod/controlplane/ListKeys')
        self.assert_signed_for_execute_api(request, 'us-east-1')

    def test_an_unconfigured_client_of_the_same_session_is_left_alone(self):
        session = self.session()
        paycrypto_stack.client(session, 'payment-cryptography', self.stub.url('/Prod'), region_name='us-east-1')
        self.stub.reply(LIST_KEYS_REPLY)
        session.client('payment-cryptography', endpoint_url=self.stub.url('/Prod'), region_name='us-east-1').list_keys()
        request = self.stub.take()

        self.assertEqual(request.path, '/Prod')
        self.assertEqual(request.authorization().group('service'), 'payment-cryptography')

    def test_refuses_what_is_not_a_stack_or_a_payment_cryptography_client(self):
        with self.assertRaises(ValueError):
            paycrypto_stack.client(self.session(), 'kms', self.stub.url('/Prod'), region_name='us-east-1')
        not_stacks = ('Prod', 'ftp://example.com/Prod', 'https://example.com/Prod?x=1', 'https://u@example.com/Prod')
        for endpoint in not_stacks:
            with self.subTest(endpoint=endpoint), self.assertRaises(ValueError):
                paycrypto_stack.client(self.session(), 'payment-cryptography', endpoint, region_name='us-east-1')
        kms = self.session().client('kms', region_name='us-east-1')
        with self.assertRaises(ValueError):
            paycrypto_stack.configure(kms)


class ActivationRuleTest(unittest.TestCase):
    def test_acts_on_a_stage_path_or_an_api_gateway_host_only(self):
        cases = {
            'https://abc123.execute-api.us-east-1.amazonaws.com/Prod': True,
            'https://abc123.execute-api.us-east-1.amazonaws.com': True,
            'https://abc123.execute-api.cn-north-1.amazonaws.com.cn/': True,
            'https://payments.example.com/v1': True,
            'http://localhost:8080': False,
            'http://localhost:8080/': False,
            'https://controlplane.payment-cryptography.us-east-1.amazonaws.com': False,
            None: False,
        }
        for endpoint, expected in cases.items():
            with self.subTest(endpoint=endpoint):
                self.assertIs(paycrypto_stack.acts_on(endpoint, environ={}), expected)

    def test_environment_variable_forces_the_choice(self):
        self.assertTrue(paycrypto_stack.acts_on('http://localhost:8080', environ={'PAYCRYPTO_STACK': '1'}))
        stage = 'https://abc123.execute-api.us-east-1.amazonaws.com/Prod'
        self.assertFalse(paycrypto_stack.acts_on(stage, environ={'PAYCRYPTO_STACK': '0'}))


@unittest.skipIf(shutil.which('aws') is None, 'the aws CLI is not installed')
class CliPluginTest(StackTestCase):
    """The real ``aws`` process, with the plugin named in a temporary AWS_CONFIG_FILE."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.home = tempfile.TemporaryDirectory()
        cls.config_file = os.path.join(cls.home.name, 'config')
        with open(cls.config_file, 'w') as config:
            config.write('[plugins]\npaycrypto = paycrypto_stack\n')

    @classmethod
    def tearDownClass(cls):
        cls.home.cleanup()
        super().tearDownClass()

    def aws(self, *args, **extra_env):
        env = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith('AWS_') and name not in ('PAYCRYPTO_STACK', 'PYTHONPATH')
        }
        env.update(
            AWS_CONFIG_FILE=self.config_file,
            AWS_SHARED_CREDENTIALS_FILE=os.path.join(self.home.name, 'credentials'),
            AWS_ACCESS_KEY_ID=ACCESS_KEY_ID,
            AWS_SECRET_ACCESS_KEY=SECRET_KEY,
            AWS_DEFAULT_REGION='us-east-1',
            AWS_EC2_METADATA_DISABLED='true',
            PYTHONPATH=HERE,
            **extra_env,
        )
        done = subprocess.run(['aws', *args], env=env, capture_output=True, text=True, timeout=30)
        self.assertEqual(done.returncode, 0, done.stderr)
        return json.loads(done.stdout) if done.stdout.strip() else None

    def test_control_plane_command_against_a_stage(self):
        self.stub.reply(LIST_KEYS_REPLY)
        output = self.aws('--endpoint-url', self.stub.url('/Prod'), 'payment-cryptography', 'list-keys')
        request = self.stub.take()

        self.assertEqual(request.path, '/Prod/controlplane/ListKeys')
        self.assertEqual(request.headers['x-amz-target'], 'PaymentCryptographyControlPlane.ListKeys')
        self.assert_signed_for_execute_api(request, 'us-east-1')
        self.assertEqual(output, LIST_KEYS_REPLY)

    def test_data_plane_command_against_a_stage(self):
        self.stub.reply(CVV2_REPLY, content_type='application/json')
        output = self.aws(
            '--endpoint-url', self.stub.url('/Prod'), '--region', 'eu-west-2',
            'payment-cryptography-data', 'generate-card-validation-data',
            '--key-identifier', KEY_ARN, '--primary-account-number', '4111111111111111',
            '--generation-attributes', 'CardVerificationValue2={CardExpiryDate=1230}',
        )
        request = self.stub.take()

        self.assertEqual(request.path, '/Prod/cardvalidationdata/generate')
        self.assert_signed_for_execute_api(request, 'eu-west-2')
        self.assertEqual(output['ValidationData'], '123')

    def test_local_service_without_a_path_is_left_alone(self):
        self.stub.reply(LIST_KEYS_REPLY)
        self.aws('--endpoint-url', self.stub.url(), 'payment-cryptography', 'list-keys')
        request = self.stub.take()

        self.assertEqual(request.path, '/')
        self.assertEqual(request.authorization().group('service'), 'payment-cryptography')
        self.assertEqual(
            request.authorization().group('signature'),
            recomputed_signature(self.stub, request, 'payment-cryptography', 'us-east-1'),
        )

    def test_environment_variable_turns_the_plugin_on_for_a_root_endpoint(self):
        self.stub.reply(LIST_KEYS_REPLY)
        self.aws('--endpoint-url', self.stub.url(), 'payment-cryptography', 'list-keys', PAYCRYPTO_STACK='1')
        request = self.stub.take()

        self.assertEqual(request.path, '/controlplane/ListKeys')
        self.assert_signed_for_execute_api(request, 'us-east-1')


if __name__ == '__main__':
    sys.exit(unittest.main())
