"""Point boto3 clients and the AWS CLI (v1) at a deployed PayCrypto stack.

The stack (template.yaml) is an API Gateway REST API with IAM auth, one Lambda per operation. Its base URL is the
stack output ``ApiEndpoint``, ``https://{apiId}.execute-api.{region}.amazonaws.com/{Stage}``. Two things the
unmodified clients do are refused there, and this module changes exactly those, through botocore's event system:

* Signing name. API Gateway accepts only SigV4 signed for ``execute-api``; the clients sign for
  ``payment-cryptography``. A ``before-sign`` handler sets ``request.context['signing']['signing_name']``, which
  botocore's ``RequestSigner.sign`` reads after that event and before it computes the signature.
* Control-plane route. The control plane (awsJson1_0) posts every operation to the endpoint's root and names it
  in ``X-Amz-Target``; API Gateway routes on paths, so the stack serves each at
  ``POST /{Stage}/controlplane/<Operation>``. The same ``before-sign`` handler rewrites ``request.url`` (body and
  header unchanged), so the signature covers the path that is sent. The data plane (restJson1) already has one
  path per operation; the stage in front comes from the endpoint URL.

boto3::

    import paycrypto_stack
    cp = paycrypto_stack.client(None, 'payment-cryptography', endpoint, region_name='us-east-1')
    dp = paycrypto_stack.client(None, 'payment-cryptography-data', endpoint, region_name='us-east-1')
    cp.list_keys()

or, on a client made elsewhere with ``endpoint_url=endpoint``: ``paycrypto_stack.configure(client)``.
``client`` and ``configure`` always act: the caller has said the endpoint is a stack.

AWS CLI v1 plugin. AWS CLI v1 imports each ``[plugins]`` entry of its config file as a module and calls its
``awscli_initialize``; it does not read ``cli_legacy_plugin_path`` (an AWS CLI v2 setting: CLI v1 1.45 takes it for
a plugin module and fails to start), so this directory must be on ``PYTHONPATH``::

    # ~/.aws/config, or the file AWS_CONFIG_FILE names
    [plugins]
    paycrypto = paycrypto_stack

    $ export PYTHONPATH=/path/to/infra/clients/python
    $ aws --endpoint-url https://abc123.execute-api.us-east-1.amazonaws.com/Prod payment-cryptography list-keys

When the plugin acts. The same CLI must keep working against the local PayCrypto service and against AWS, which
both accept ``payment-cryptography`` signatures on ``POST /``. The plugin therefore decides per client, from the
client's endpoint URL (``--endpoint-url``, or ``endpoint_url`` in the profile), by this rule:

* ``PAYCRYPTO_STACK=1`` in the environment: it acts on every Payment Cryptography client (for a custom domain
  mapped at its root); ``PAYCRYPTO_STACK=0``: it never acts;
* otherwise it acts when the endpoint URL has a path other than ``/`` (a stage, as in ``ApiEndpoint``) or its host
  is an API Gateway host (``*.execute-api.<region>.amazonaws.com``); so ``http://localhost:8080`` and the AWS
  endpoints are left alone.
"""

import os
import re
from urllib.parse import urlsplit, urlunsplit

SIGNING_NAME = 'execute-api'
CONTROL_PLANE = 'payment-cryptography'
DATA_PLANE = 'payment-cryptography-data'
ROUTE_PREFIX = '/controlplane/'
ACTIVATION_VARIABLE = 'PAYCRYPTO_STACK'

_API_GATEWAY_HOST = re.compile(r'\.execute-api\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$')
_HANDLER_ID = 'paycrypto-stack-{}'


def client(session, service_name, endpoint_url, region_name=None, **kwargs):
    """A boto3 client for ``service_name`` (``'payment-cryptography'`` or ``'payment-cryptography-data'``) of the
    stack at ``endpoint_url`` (its ``ApiEndpoint``), configured by :func:`configure`.

    ``session`` is a boto3 or botocore session, or None for a new boto3 session; other keyword arguments go to
    the session's client factory (``config=``, credentials, ...).
    """
    if service_name not in (CONTROL_PLANE, DATA_PLANE):
        raise ValueError(f'Not a Payment Cryptography service: {service_name!r}')
    endpoint_url = _stack_endpoint(endpoint_url)
    if session is None:
        import boto3  # only here: the CLI plugin needs botocore alone

        session = boto3.session.Session()
    make = session.client if hasattr(session, 'client') else session.create_client
    return configure(make(service_name, endpoint_url=endpoint_url, region_name=region_name, **kwargs))


def configure(service_client):
    """Make an existing Payment Cryptography client (boto3 or botocore) sign for ``execute-api`` and, for the
    control plane, post each operation to its route. Registers on that client's own event emitter only; calling it
    again changes nothing. Returns the client."""
    service_id = service_client.meta.service_model.service_id.hyphenize()
    if service_id == CONTROL_PLANE:
        handler = _route_and_sign_control_plane
    elif service_id == DATA_PLANE:
        handler = _sign_data_plane
    else:
        raise ValueError(f'Not a Payment Cryptography client: {service_id!r}')
    service_client.meta.events.register(
        f'before-sign.{service_id}', handler, unique_id=_HANDLER_ID.format(service_id)
    )
    return service_client


def acts_on(endpoint_url, environ=None):
    """Whether the CLI plugin configures a client whose endpoint is ``endpoint_url`` (the rule above)."""
    setting = (os.environ if environ is None else environ).get(ACTIVATION_VARIABLE, '').strip().lower()
    if setting in ('1', 'true', 'yes'):
        return True
    if setting in ('0', 'false', 'no'):
        return False
    if not endpoint_url:
        return False
    parts = urlsplit(endpoint_url)
    return parts.path.strip('/') != '' or bool(_API_GATEWAY_HOST.search(parts.hostname or ''))


def awscli_initialize(cli):
    """AWS CLI v1 plugin entry point: ``cli`` is the session's event emitter. Each Payment Cryptography client
    class the CLI creates gets a base class that, once the client exists, applies :func:`configure` if
    :func:`acts_on` its endpoint."""
    for service_id in (CONTROL_PLANE, DATA_PLANE):
        cli.register(
            f'creating-client-class.{service_id}',
            _add_stack_detection,
            unique_id=_HANDLER_ID.format('cli-' + service_id),
        )


class _ConfiguresItselfForAStack:
    """Base class the CLI plugin puts in front of BaseClient: decides with the client's final endpoint URL."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if acts_on(self.meta.endpoint_url):
            configure(self)


def _add_stack_detection(base_classes, **kwargs):
    if _ConfiguresItselfForAStack not in base_classes:
        base_classes.insert(0, _ConfiguresItselfForAStack)


def _route_and_sign_control_plane(request, operation_name, **kwargs):
    parts = urlsplit(request.url)
    route = ROUTE_PREFIX + operation_name
    # Idempotent, should a request ever be signed twice.
    if not parts.path.endswith(route):
        request.url = urlunsplit(parts._replace(path=parts.path.rstrip('/') + route))
    _sign_for_execute_api(request)


def _sign_data_plane(request, **kwargs):
    _sign_for_execute_api(request)


def _sign_for_execute_api(request):
    request.context.setdefault('signing', {})['signing_name'] = SIGNING_NAME


def _stack_endpoint(endpoint_url):
    parts = urlsplit(endpoint_url or '')
    if parts.scheme not in ('http', 'https') or not parts.hostname:
        raise ValueError(f"The stack's ApiEndpoint must be an absolute http(s) URL: {endpoint_url!r}")
    if parts.query or parts.fragment or parts.username:
        raise ValueError(f"The stack's ApiEndpoint takes no user info, query or fragment: {endpoint_url!r}")
    return urlunsplit(parts._replace(path=parts.path.rstrip('/')))
