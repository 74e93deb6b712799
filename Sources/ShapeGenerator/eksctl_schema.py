"""Turn eksctl's published ClusterConfig JSON Schema into botocore-style shapes.

berth validates eksctl files with the same validator as AWS request shapes, so the schema's definitions become
structures, lists, maps, strings and scalars. Only names, types, enums and required fields are kept; the prose
stays in eksctl's schema.
"""

import hashlib
import json
import sys
from pathlib import Path

# eksctl reads these as either a list of taints or a map of key to "value:effect"; its schema only says list.
EITHER_FORM = {"taintsWrapper"}

SCALARS = {"boolean": "boolean", "integer": "integer", "number": "double"}
ROOT = "ClusterConfig"


def load(path):
    """The schema's shapes and the SHA-256 of the file they came from."""
    file = Path(path)
    if not file.is_file():
        sys.exit(f"eksctl schema not found at {path}: pass --eksctl-schema with eksctl's ClusterConfig v1alpha5 schema")
    data = file.read_bytes()
    return Converter(json.loads(data)["definitions"]).shapes(), hashlib.sha256(data).hexdigest()


class Converter:
    def __init__(self, definitions):
        self.definitions = definitions
        self.shapes_by_name = {}
        self.definition_of = {}  # shape name -> the definition it was made from

    def shapes(self):
        self.define(ROOT, self.definitions[ROOT])
        return self.shapes_by_name

    def define(self, name, schema):
        """Adds the shape for a schema under a name and returns the name."""
        if name in self.shapes_by_name:
            return name
        self.shapes_by_name[name] = None  # reserved: definitions may refer to themselves
        self.shapes_by_name[name] = self.convert(name, schema)
        return name

    def reference(self, owner, member, schema):
        """The shape name for a member's schema: its definition, or a shape named after the member."""
        if "$ref" in schema:
            target = schema["$ref"].rsplit("/", 1)[-1]
            name = shape_name(target)
            if self.definition_of.setdefault(name, target) != target:
                sys.exit(f"eksctl schema: {target} and {self.definition_of[name]} would share the shape name {name}")
            return self.define(name, self.definitions[target])
        kind = schema.get("type")
        if kind in ("string", *SCALARS) and "enum" not in schema:
            return self.define(kind, schema)  # one shape serves every plain scalar of a type
        return self.define(f"{owner}.{member}", schema)

    def convert(self, name, schema):
        if name in EITHER_FORM or (schema.get("type") is None and "properties" not in schema):
            return document()
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return self.object(name, schema)
        if kind == "array":
            return {"type": "list", "member": {"shape": self.reference(name, "item", schema.get("items", {}))}}
        if kind == "string":
            return {"type": "string", **({"enum": list(schema["enum"])} if "enum" in schema else {})}
        if kind in SCALARS:
            return {"type": SCALARS[kind]}
        sys.exit(f"eksctl schema: {name} has type {kind!r}, which the generator does not read")

    def object(self, name, schema):
        properties = dict(schema.get("properties", {}))
        # A one-of names the variants whose fields sit beside the discriminator (identityProviders' OIDC fields).
        for variant in schema.get("oneOf", []):
            target = self.definitions[variant["$ref"].rsplit("/", 1)[-1]]
            properties.update(target.get("properties", {}))
        extra = schema.get("additionalProperties", {})
        if not properties:
            if extra is False:
                return {"type": "structure", "members": {}}
            if extra in ({}, True):
                return document()
            return {"type": "map", "key": {"shape": self.define("string", {"type": "string"})},
                    "value": {"shape": self.reference(name, "value", extra)}}
        # eksctl reads its file strictly: a key the structure does not declare is an error whatever the schema says.
        members = {member: {"shape": self.reference(name, member, value)} for member, value in sorted(properties.items())}
        return {"type": "structure", "required": sorted(schema.get("required", [])), "members": members}


def document():
    return {"type": "structure", "members": {}, "document": True}


def shape_name(definition):
    """`github.com|aws|aws-sdk-go-v2|service|eks|types.ResolveConflicts` → `ResolveConflicts`."""
    return definition.rsplit("|", 1)[-1].split(".")[-1]
