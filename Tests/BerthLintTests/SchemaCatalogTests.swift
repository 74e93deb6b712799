import BerthLint
import BerthTestSupport
import Foundation
import Testing

/// The published schemas: stable `$id`s where berth publishes them, a catalog that lists each, and schemas that
/// are themselves valid draft-07.
@Suite("schema catalog")
struct SchemaCatalogTests {
    /// `https://github.com/OWNER/NAME` → `https://raw.githubusercontent.com/OWNER/NAME/main/schemas/`.
    static var base: String {
        BerthVersion.homepage.replacingOccurrences(of: "https://github.com/", with: "https://raw.githubusercontent.com/") + "/main/schemas/"
    }

    @Test("every schema's $id is its published URL, and the catalog lists every schema")
    func catalog() throws {
        let folder = PackageRoot.url.appendingPathComponent("schemas")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".schema.json") }.sorted()
        #expect(files.count >= 15)
        var ids: [String] = []
        for file in files {
            let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(file))) as? [String: Any])
            let id = try #require(schema["$id"] as? String)
            #expect(id == Self.base + file)
            ids.append(id)
        }
        let catalog = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("catalog.json"))) as? [String: Any])
        let listed = (catalog["schemas"] as? [[String: Any]] ?? []).compactMap { $0["url"] as? String }
        #expect(listed == ids)
    }

    @Test("every schema is a valid draft-07 schema")
    func metaSchema() throws {
        let script = """
        import json, pathlib, jsonschema
        for path in sorted(pathlib.Path("schemas").glob("*.schema.json")):
            jsonschema.Draft7Validator.check_schema(json.loads(path.read_text()))
        print("ok")
        """
        let run = try Subprocess.python(["-c", script])
        #expect(run.status == 0 && run.stdout == "ok\n", "\(run.stderr)")
    }
}
