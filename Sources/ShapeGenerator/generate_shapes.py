#!/usr/bin/env python3
"""Generate berth's shape tables and JSON Schemas from botocore's AWS API models.

berth validates specs whose body is exactly an AWS API request shape. Rather than
hand-copying those shapes (and drifting from AWS), this script reads botocore's
models and writes:

  * one Swift `ShapeCatalog` per service (Sources/BerthSpecs/Generated/*.swift),
    the data berth's own validator walks;
  * one draft-07 JSON Schema per spec kind (schemas/<Kind>.schema.json), for editors, and
    schemas/catalog.json listing them.

It also turns eksctl's ClusterConfig JSON Schema into a catalog the same validator walks
(eksctl_schema.py). Every output is committed. `--check` regenerates them in memory and fails when the
committed files are stale, so a test can keep them honest.

The botocore version is pinned: a different model is a different berth.
"""

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import eksctl_schema

BOTOCORE_VERSION = "1.43.11"


@dataclass(frozen=True)
class Service:
    """One botocore service model and what berth takes from it."""

    service: str  # botocore service name
    api_version: str  # botocore API version of the model
    catalog: str  # Swift name: `ShapeCatalog.<catalog>`
    output: str  # Swift file, relative to the repository root
    roots: tuple  # shapes the catalog holds, with every shape reachable from them
    kinds: dict  # spec kind -> root shape; one JSON Schema each
    extensions: tuple = ()  # `Extension`s: request shapes with members added by berth
    overlays: tuple = ()  # `Overlay`s: fields AWS documents that the pinned model does not have yet


@dataclass(frozen=True)
class Extension:
    """A spec kind whose body is one call's request plus members of another call, so one document can
    say what takes AWS two calls (EventRule: PutRule plus PutTargets' `Targets`)."""

    shape: str  # the name of the combined shape in the catalog
    base: str  # the request shape it extends
    members: dict  # added member -> shape name in the same model or in `shapes`, or DOCUMENT for any value
    described_as: str  # the calls, for the JSON Schema's description
    shapes: dict = None  # berth's botocore-style shapes for a value the model holds as text (a policy document)
    source: str = ""  # the page those shapes follow


@dataclass(frozen=True)
class Overlay:
    """Members that AWS's API reference documents but the pinned botocore model lacks, so that valid specs get no
    unknown-field error. Each overlay names the page it copies."""

    source: str  # the API reference page
    shapes: dict  # new shape name -> botocore-style shape
    members: dict  # existing structure -> {member: shape name}


# A member berth accepts as any structured value (validated elsewhere or not at all).
DOCUMENT = "berth.document"


SERVICES = (
    Service(
        service="ecs",
        api_version="2014-11-13",
        catalog="ecs",
        output="Sources/BerthSpecs/Generated/ECSShapes.swift",
        roots=(
            "RegisterTaskDefinitionRequest",
            "CreateServiceRequest",
            "CreateClusterRequest",
            "CreateCapacityProviderRequest",
            "DescribeTaskDefinitionResponse",
            "DescribeServicesResponse",
            "DescribeClustersResponse",
        ),
        kinds={
            "TaskDefinition": "RegisterTaskDefinitionRequest",
            "Service": "CreateServiceRequest",
            "Cluster": "CreateClusterRequest",
            "CapacityProvider": "CreateCapacityProviderRequest",
        },
        overlays=(
            Overlay(
                source="https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeploymentCircuitBreaker.html",
                shapes={
                    "ThresholdConfiguration": {
                        "type": "structure",
                        "required": ["type", "value"],
                        "members": {"type": {"shape": "ThresholdType"}, "value": {"shape": "Integer"}},
                    },
                    "ThresholdType": {"type": "string", "enum": ["COUNT", "BOUNDED_PERCENT", "UNBOUNDED_PERCENT"]},
                },
                members={
                    "DeploymentCircuitBreaker": {
                        "resetOnHealthyTask": "BoxedBoolean",
                        "thresholdConfiguration": "ThresholdConfiguration",
                    }
                },
            ),
        ),
    ),
    Service(
        service="application-autoscaling",
        api_version="2016-02-06",
        catalog="applicationAutoScaling",
        output="Sources/BerthSpecs/Generated/ApplicationAutoScalingShapes.swift",
        roots=(
            "RegisterScalableTargetRequest",
            "PutScalingPolicyRequest",
            "PutScheduledActionRequest",
            "DescribeScalableTargetsResponse",
            "DescribeScalingPoliciesResponse",
        ),
        kinds={
            "ScalableTarget": "RegisterScalableTargetRequest",
            "ScalingPolicy": "PutScalingPolicyRequest",
            "ScheduledAction": "PutScheduledActionRequest",
        },
    ),
    Service(
        service="elbv2",
        api_version="2015-12-01",
        catalog="elbv2",
        output="Sources/BerthSpecs/Generated/ELBv2Shapes.swift",
        roots=("CreateLoadBalancerInput", "CreateTargetGroupInput", "CreateListenerInput"),
        kinds={
            "LoadBalancer": "CreateLoadBalancerInput",
            "TargetGroup": "CreateTargetGroupInput",
            "Listener": "CreateListenerInput",
        },
    ),
    Service(
        service="elb",
        api_version="2012-06-01",
        catalog="elb",
        output="Sources/BerthSpecs/Generated/ELBShapes.swift",
        roots=("CreateAccessPointInput",),
        kinds={"ClassicLoadBalancer": "CreateAccessPointInput"},
    ),
    Service(
        service="events",
        api_version="2015-10-07",
        catalog="events",
        output="Sources/BerthSpecs/Generated/EventsShapes.swift",
        roots=("PutRuleWithTargets",),
        kinds={"EventRule": "PutRuleWithTargets"},
        extensions=(
            Extension(
                shape="PutRuleWithTargets",
                base="PutRuleRequest",
                members={"Targets": "TargetList"},
                described_as="EventBridge PutRule, with Targets as in PutTargets",
            ),
        ),
    ),
    Service(
        service="scheduler",
        api_version="2021-06-30",
        catalog="scheduler",
        output="Sources/BerthSpecs/Generated/SchedulerShapes.swift",
        roots=("CreateScheduleInput",),
        kinds={"Schedule": "CreateScheduleInput"},
    ),
    Service(
        service="autoscaling",
        api_version="2011-01-01",
        catalog="autoScaling",
        output="Sources/BerthSpecs/Generated/AutoScalingShapes.swift",
        roots=("CreateAutoScalingGroupType",),
        kinds={"AutoScalingGroup": "CreateAutoScalingGroupType"},
    ),
    Service(
        service="ecr",
        api_version="2015-09-21",
        catalog="ecr",
        output="Sources/BerthSpecs/Generated/ECRShapes.swift",
        roots=("CreateRepositoryWithLifecyclePolicy",),
        kinds={"Repository": "CreateRepositoryWithLifecyclePolicy"},
        extensions=(
            Extension(
                shape="CreateRepositoryWithLifecyclePolicy",
                base="CreateRepositoryRequest",
                members={"lifecyclePolicy": "LifecyclePolicyDocument"},
                described_as="ECR CreateRepository, with lifecyclePolicy as the PutLifecyclePolicy policy text in YAML",
                # The API takes the policy as JSON text; its fields are documented, not modelled.
                source="https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html",
                shapes={
                    "LifecyclePolicyDocument": {
                        "type": "structure",
                        "required": ["rules"],
                        "members": {"rules": {"shape": "LifecyclePolicyDocumentRules"}},
                    },
                    "LifecyclePolicyDocumentRules": {
                        "type": "list", "member": {"shape": "LifecyclePolicyDocumentRule"}, "min": 1,
                    },
                    "LifecyclePolicyDocumentRule": {
                        "type": "structure",
                        "required": ["rulePriority", "selection", "action"],
                        "members": {
                            "rulePriority": {"shape": "LifecyclePolicyRulePriority"},
                            "description": {"shape": "LifecyclePolicyDocumentText"},
                            "selection": {"shape": "LifecyclePolicyDocumentSelection"},
                            "action": {"shape": "LifecyclePolicyDocumentAction"},
                        },
                    },
                    "LifecyclePolicyDocumentText": {"type": "string"},
                    "LifecyclePolicyDocumentSelection": {
                        "type": "structure",
                        "required": ["tagStatus", "countType", "countNumber"],
                        "members": {
                            "tagStatus": {"shape": "LifecyclePolicyDocumentTagStatus"},
                            "tagPatternList": {"shape": "LifecyclePolicyDocumentTagList"},
                            "tagPrefixList": {"shape": "LifecyclePolicyDocumentTagList"},
                            "storageClass": {"shape": "LifecyclePolicyDocumentStorageClass"},
                            "countType": {"shape": "LifecyclePolicyDocumentCountType"},
                            "countUnit": {"shape": "LifecyclePolicyDocumentCountUnit"},
                            "countNumber": {"shape": "LifecyclePolicyDocumentCountNumber"},
                        },
                    },
                    "LifecyclePolicyDocumentTagStatus": {"type": "string", "enum": ["tagged", "untagged", "any"]},
                    "LifecyclePolicyDocumentTagList": {
                        "type": "list", "member": {"shape": "LifecyclePolicyDocumentText"}, "min": 1,
                    },
                    "LifecyclePolicyDocumentStorageClass": {"type": "string", "enum": ["standard", "archive"]},
                    "LifecyclePolicyDocumentCountType": {
                        "type": "string",
                        "enum": ["imageCountMoreThan", "sinceImagePushed", "sinceImagePulled", "sinceImageTransitioned"],
                    },
                    "LifecyclePolicyDocumentCountUnit": {"type": "string", "enum": ["days"]},
                    "LifecyclePolicyDocumentCountNumber": {"type": "integer", "min": 1},
                    "LifecyclePolicyDocumentAction": {
                        "type": "structure",
                        "required": ["type"],
                        "members": {
                            "type": {"shape": "LifecyclePolicyDocumentActionType"},
                            "targetStorageClass": {"shape": "LifecyclePolicyDocumentTargetStorageClass"},
                        },
                    },
                    "LifecyclePolicyDocumentActionType": {"type": "string", "enum": ["expire", "transition"]},
                    "LifecyclePolicyDocumentTargetStorageClass": {"type": "string", "enum": ["archive"]},
                },
            ),
        ),
    ),
    Service(
        service="apprunner",
        api_version="2020-05-15",
        catalog="appRunner",
        output="Sources/BerthSpecs/Generated/AppRunnerShapes.swift",
        roots=("CreateServiceRequest",),
        kinds={"AppRunnerService": "CreateServiceRequest"},
    ),
)

REPOSITORY_ROOT = Path(__file__).resolve().parents[2]
SCRIPT_PATH = "Sources/ShapeGenerator/generate_shapes.py"
SCHEMA_DIRECTORY = "schemas"
# eksctl publishes its schema in its repository (pkg/apis/eksctl.io/v1alpha5/assets/schema.json); the project's
# snapshot berth follows is vendored beside this script, without its prose (data/README.md).
DEFAULT_EKSCTL_SCHEMA = REPOSITORY_ROOT / "Sources" / "ShapeGenerator" / "data" / "eksctl-clusterconfig-v1alpha5.schema.json"
EKSCTL_OUTPUT = "Sources/BerthSpecs/Generated/EksctlShapes.swift"
# Where the schemas are published: their `$id`s, and the URLs of schemas/catalog.json. It follows
# BerthVersion.homepage in Sources/BerthLint/Core/BerthVersion.swift; a test keeps the two in step.
SCHEMA_BASE_URL = "https://raw.githubusercontent.com/berth-dev/berth/main/schemas/"

# botocore types with their own `Shape` constructor.
AGGREGATE_TYPES = ("structure", "list", "map", "string")

# botocore scalar types -> `Shape.Kind` cases passed to `.scalar(...)`.
SCALAR_KINDS = {
    "integer": "integer",
    "long": "long",
    "double": "double",
    "float": "float",
    "boolean": "boolean",
    "timestamp": "timestamp",
    "blob": "blob",
}

ANY_STRING = {"type": "string"}

# botocore scalar types -> their strict JSON Schema.
SCALAR_SCHEMAS = {
    "integer": {"type": "integer"},
    "long": {"type": "integer"},
    "double": {"type": "number"},
    "float": {"type": "number"},
    "boolean": {"type": "boolean"},
    "timestamp": {"type": ["string", "number"]},
    "blob": ANY_STRING,
}

# `${VAR}` and `{{ anything }}` stand for values berth cannot see; any string containing one passes.
PLACEHOLDER = "berth.placeholder"
PLACEHOLDER_SCHEMA = {"type": "string", "pattern": r"\$\{[^}]*\}|\{\{.*\}\}"}


# The XML 1.0 `Char` production, as the query-protocol models write it: any character but most control
# characters, with the astral planes spelled as UTF-16 surrogates, which neither Swift's Regex nor JSON
# Schema regexes read as meant. It restricts nothing a YAML or JSON file can hold, so it is dropped.
XML_CHARACTERS = r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\r\n\t]*"


def pattern_of(shape):
    pattern = shape.get("pattern")
    return None if pattern == XML_CHARACTERS else pattern


# Loading


def require_pinned_botocore():
    try:
        import botocore
    except ImportError:
        sys.exit(f"botocore is not installed: pip install botocore=={BOTOCORE_VERSION}")
    if botocore.__version__ != BOTOCORE_VERSION:
        sys.exit(
            f"botocore {botocore.__version__} is installed, but berth's shapes are generated from "
            f"{BOTOCORE_VERSION}: pip install botocore=={BOTOCORE_VERSION}"
        )


def load_model(service):
    from botocore.loaders import Loader

    model = Loader().load_service_model(service.service, "service-2", service.api_version)
    for overlay in service.overlays:
        apply(model["shapes"], overlay)
    for extension in service.extensions:
        extend(model["shapes"], extension)
    return model


def apply(shapes, overlay):
    for name, shape in overlay.shapes.items():
        if name in shapes:
            sys.exit(f"overlay shape {name} is now in the model: remove it from the overlay ({overlay.source})")
        shapes[name] = shape
    for owner, members in overlay.members.items():
        for member, target in members.items():
            if member in shapes[owner]["members"]:
                sys.exit(f"{owner}.{member} is now in the model: remove it from the overlay ({overlay.source})")
            shapes[owner]["members"][member] = {"shape": target}


def extend(shapes, extension):
    for name, shape in (extension.shapes or {}).items():
        if name in shapes:
            sys.exit(f"{extension.shape}: shape {name} is already in the model")
        shapes[name] = shape
    base = shapes[extension.base]
    members = dict(base["members"])
    for member, target in extension.members.items():
        if member in members:
            sys.exit(f"{extension.base} already has a member {member}")
        if target == DOCUMENT:
            shapes[DOCUMENT] = {"type": "structure", "members": {}, "document": True}
        members[member] = {"shape": target}
    shapes[extension.shape] = {**base, "members": members}


def reachable(shapes, roots):
    """Names of `roots` and every shape they refer to, sorted."""
    seen = set()
    pending = list(roots)
    while pending:
        name = pending.pop()
        if name not in seen:
            seen.add(name)
            pending.extend(referenced(shapes[name]))
    return sorted(seen)


def referenced(shape):
    targets = [member["shape"] for member in shape.get("members", {}).values()]
    targets += [shape[part]["shape"] for part in ("member", "key", "value") if part in shape]
    return targets


def is_document(shape):
    """A document shape holds any JSON value; botocore types it `structure`."""
    return shape.get("document", False)


def check_supported(shapes, names):
    for name in names:
        shape = shapes[name]
        if shape["type"] not in SCALAR_KINDS and shape["type"] not in AGGREGATE_TYPES:
            sys.exit(f"{name}: botocore type {shape['type']!r} is not supported by the generator")
        if shape.get("union"):
            sys.exit(f"{name}: union structures are not supported by the generator")


def deprecation(member, target):
    """The deprecation message of a member, or None: the member or its shape may be deprecated."""
    for source in (member, target):
        if source.get("deprecated"):
            return source.get("deprecatedMessage", "deprecated")
    return None


# Swift catalog


def swift_file(service, model):
    origin = f"botocore {BOTOCORE_VERSION} ({service.service} {service.api_version})"
    return swift_catalog(service.catalog, service.service, f"botocore {BOTOCORE_VERSION}", origin, model["shapes"], service.roots)


def swift_catalog(catalog, service, source, origin, shapes, roots):
    names = reachable(shapes, roots)
    check_supported(shapes, names)
    index = {name: position for position, name in enumerate(names)}
    lines = [
        f"// Generated by {SCRIPT_PATH} from {origin}. Do not edit.",
        f"// Regenerate with: python3 {SCRIPT_PATH}",
        "",
        "extension ShapeCatalog {",
        f"    public static let {catalog} = ShapeCatalog("
        f'service: "{service}", source: "{source}", shapes: [',
    ]
    for position, name in enumerate(names):
        lines.append(f"        {swift_shape(name, shapes, index)}, // {position}")
    lines += ["    ])", "}", ""]
    return "\n".join(lines)


def swift_shape(name, shapes, index):
    shape = shapes[name]
    kind = shape["type"]
    quoted = swift_string(name)
    if is_document(shape):
        return f".scalar({quoted}, .document)"
    if kind == "structure":
        members = ", ".join(swift_member(member, shape, shapes, index) for member in shape["members"])
        return f".structure({quoted}, [{members}])"
    if kind == "list":
        return swift_call("list", [quoted, str(index[shape["member"]["shape"]]), *bounds(shape)])
    if kind == "map":
        parts = [quoted, f"key: {index[shape['key']['shape']]}", f"value: {index[shape['value']['shape']]}"]
        return swift_call("map", parts + bounds(shape))
    if kind == "string":
        parts = [quoted]
        if "enum" in shape:
            parts.append("enum: [" + ", ".join(swift_string(value) for value in shape["enum"]) + "]")
        parts += bounds(shape)
        if pattern_of(shape) is not None:
            parts.append(f"pattern: {swift_string(pattern_of(shape))}")
        return swift_call("string", parts)
    return swift_call("scalar", [quoted, f".{SCALAR_KINDS[kind]}", *bounds(shape)])


def swift_member(member_name, owner, shapes, index):
    member = owner["members"][member_name]
    target = member["shape"]
    parts = [swift_string(member_name), str(index[target])]
    if member_name in owner.get("required", []):
        parts.append("required: true")
    message = deprecation(member, shapes[target])
    if message is not None:
        parts.append(f"deprecated: {swift_string(message)}")
    return f"Shape.Member({', '.join(parts)})"


def swift_call(constructor, parts):
    return f".{constructor}({', '.join(parts)})"


def bounds(shape):
    """`min:`/`max:` arguments as Double literals; botocore means length or value by type."""
    return [f"{label}: {float(shape[label])!r}" for label in ("min", "max") if label in shape]


def swift_string(text):
    """A Swift string literal; raw (`#"..."#`) when that spares escaping backslashes or quotes."""
    if any(ord(character) < 0x20 for character in text):
        sys.exit(f"control character in model string {text!r}")
    if ("\\" in text or '"' in text) and '"#' not in text and "\\#" not in text:
        return f'#"{text}"#'
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# JSON Schema


def schema_file(service, model, kind, root):
    shapes = model["shapes"]
    shape = shapes[root]
    if "kind" in shape["members"]:
        sys.exit(f"{root} has a member named `kind`, which berth reserves for the spec kind")
    names = reachable(shapes, referenced(shape))
    check_supported(shapes, names)
    definitions = {PLACEHOLDER: PLACEHOLDER_SCHEMA}
    definitions.update((name, definition(shapes[name], shapes)) for name in names)
    schema = {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": f"{SCHEMA_BASE_URL}{kind}.schema.json",
        "title": f"berth {kind}",
        "description": f"berth {kind}: {described_as(service, model, root)} (botocore {BOTOCORE_VERSION} model)",
        "type": "object",
        "properties": {"kind": {"const": kind}, **member_properties(shape)},
        "required": ["kind", *shape.get("required", [])],
        "additionalProperties": False,
        "definitions": definitions,
    }
    return json.dumps(schema, indent=2) + "\n"


def described_as(service, model, root):
    for extension in service.extensions:
        if extension.shape == root:
            return extension.described_as
    for name, operation in model["operations"].items():
        if operation.get("input", {}).get("shape") == root:
            return f"the request of {model['metadata']['serviceId']} {name}"
    sys.exit(f"{root} is not the input of any {model['metadata']['serviceId']} operation")


def ref(name):
    return {"$ref": f"#/definitions/{name}"}


def member_properties(shape):
    return {name: ref(member["shape"]) for name, member in shape["members"].items()}


def definition(shape, shapes):
    kind = shape["type"]
    if is_document(shape):
        return {}
    if kind == "structure":
        return structure_schema(shape)
    if kind == "list":
        return {"type": "array", "items": ref(shape["member"]["shape"]), **limits(shape, "Items")}
    if kind == "map":
        return map_schema(shape, shapes)
    if kind == "string":
        return accepting_placeholder(string_schema(shape))
    return accepting_placeholder({**SCALAR_SCHEMAS[kind], **value_limits(shape)})


def structure_schema(shape):
    schema = {"type": "object", "properties": member_properties(shape)}
    if shape.get("required"):
        schema["required"] = list(shape["required"])
    schema["additionalProperties"] = False
    return schema


def map_schema(shape, shapes):
    schema = {"type": "object", "additionalProperties": ref(shape["value"]["shape"])}
    key_name = shape["key"]["shape"]
    if string_schema(shapes[key_name]) != ANY_STRING:
        schema["propertyNames"] = ref(key_name)
    schema.update(limits(shape, "Properties"))
    return schema


def string_schema(shape):
    """The strict schema of a string shape; `\\p{...}` patterns are left to berth's validator."""
    schema = {"type": "string"}
    if "enum" in shape:
        schema["enum"] = list(shape["enum"])
    schema.update(limits(shape, "Length"))
    pattern = pattern_of(shape)
    if pattern is not None and "\\p{" not in pattern:
        schema["pattern"] = f"^(?:{pattern})$"
    return schema


def limits(shape, noun):
    """botocore length bounds as `minLength`/`maxItems`/... keywords."""
    return {f"{bound}{noun}": shape[bound] for bound in ("min", "max") if bound in shape}


def value_limits(shape):
    return {keyword: shape[bound] for bound, keyword in (("min", "minimum"), ("max", "maximum")) if bound in shape}


def accepting_placeholder(strict):
    """Let placeholders pass a schema that would reject some strings."""
    if strict in (ANY_STRING, SCALAR_SCHEMAS["timestamp"]):
        return strict
    return {"anyOf": [strict, ref(PLACEHOLDER)]}


# Command line


def generate(eksctl_schema_path):
    """Every output file: repository-relative path -> text."""
    require_pinned_botocore()
    outputs = {}
    for service in SERVICES:
        model = load_model(service)
        missing = [root for root in service.roots if root not in model["shapes"]]
        if missing:
            sys.exit(f"{service.service}: roots not in the model: {', '.join(missing)}")
        outputs[service.output] = swift_file(service, model)
        for kind, root in service.kinds.items():
            if root not in service.roots:
                sys.exit(f"{service.service}: kind {kind} has root {root}, which is not in the catalog roots")
            outputs[f"{SCHEMA_DIRECTORY}/{kind}.schema.json"] = schema_file(service, model, kind, root)
    outputs[f"{SCHEMA_DIRECTORY}/catalog.json"] = catalog_file(outputs)
    shapes, digest = eksctl_schema.load(eksctl_schema_path)
    outputs[EKSCTL_OUTPUT] = swift_catalog(
        "eksctl", "eksctl", "eksctl ClusterConfig v1alpha5 schema",
        f"eksctl's ClusterConfig v1alpha5 JSON Schema (sha256 {digest})", shapes, [eksctl_schema.ROOT])
    return outputs


def catalog_file(outputs):
    """A SchemaStore-style catalog of every kind's schema, for editors that read catalogs."""
    schemas = []
    for path in sorted(path for path in outputs if path.startswith(f"{SCHEMA_DIRECTORY}/") and path.endswith(".schema.json")):
        schema = json.loads(outputs[path])
        schemas.append({"name": schema["title"], "description": schema["description"], "url": schema["$id"]})
    catalog = {"$schema": "https://json.schemastore.org/schema-catalog.json", "version": 1, "schemas": schemas}
    return json.dumps(catalog, indent=2) + "\n"


def stale(outputs):
    """Paths whose committed text differs from the generated text."""
    stale_paths = []
    for path, text in outputs.items():
        file = REPOSITORY_ROOT / path
        if not file.is_file() or file.read_text(encoding="utf-8") != text:
            stale_paths.append(path)
    return stale_paths


def write(outputs):
    for path, text in outputs.items():
        file = REPOSITORY_ROOT / path
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
        print(f"wrote {path}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare the committed files with fresh output instead of writing"
    )
    parser.add_argument(
        "--eksctl-schema", default=str(DEFAULT_EKSCTL_SCHEMA), help="eksctl's ClusterConfig v1alpha5 JSON Schema"
    )
    arguments = parser.parse_args()
    outputs = generate(arguments.eksctl_schema)
    if not arguments.check:
        write(outputs)
        return 0
    stale_paths = stale(outputs)
    for path in stale_paths:
        print(f"stale: {path}")
    if stale_paths:
        print(f"regenerate with: python3 {SCRIPT_PATH}")
        return 1
    print(f"{len(outputs)} generated files are current (botocore {BOTOCORE_VERSION})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
