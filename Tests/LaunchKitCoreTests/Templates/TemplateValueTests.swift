import Foundation
@testable import LaunchKitCore
import Testing

/// `TemplateValue`'s fast paths read what `Mirror` and the full chain of casts read: struct
/// layouts give the same fields and values, types it must not read keep `Mirror`.
@Suite("template values")
struct TemplateValueTests {
    final class Box {
        let name = "box"
    }

    struct Plain {
        var title = "Plain"
        var count: Int? = 3
        var missing: String? = nil
        var tags = ["a", "b"]
        var flag = true
        var ratio = 1.5
        var nested = Nested()
        var tier = Tier.gold
    }

    struct Nested {
        var label = "inner"
    }

    enum Tier: String {
        case gold
    }

    struct Generic<Value> {
        var value: Value
        var tag = "generic"
    }

    @propertyWrapper
    struct Shouting {
        var wrappedValue: String
    }

    struct Wrapped {
        @Shouting var title: String
        lazy var later = "lazy"
    }

    struct WeakField {
        weak var box: Box?
        var name = "weak"
    }

    struct UnownedField {
        unowned var box: Box
        var name = "unowned"
    }

    struct ClosureField {
        var run: @Sendable () -> Void = {}
        var name = "closure"
    }

    struct CustomMirror: CustomReflectable {
        var hidden = "hidden"
        var customMirror: Mirror { Mirror(self, children: ["shown": "shown"], displayStyle: .struct) }
    }

    /// Text and objects fit inline in an `Any` (three words), so the values of a view model need
    /// no heap box each.
    @Test func textAndObjectsFitInAnAny() {
        #expect(MemoryLayout<TemplateValue.Text>.size <= 3 * MemoryLayout<Int>.size)
        #expect(MemoryLayout<TemplateValue.Object>.size <= 3 * MemoryLayout<Int>.size)
        #expect(TemplateValue.Text("7", integer: 7).integer == 7)
        #expect(TemplateValue.Text("x").integer == nil)
    }

    @Test func objectsOfOneStructTypeShareTheirNames() throws {
        struct Row { var name: String; var note: String? }
        let list = try #require(try TemplateValue.normalize([Row(name: "a", note: nil), Row(name: "b", note: "n")]) as? TemplateValue.List)
        let objects = try list.items.map { try #require($0 as? TemplateValue.Object) }
        #expect(objects[0].layout === objects[1].layout)
        #expect(objects[0].isNil("note") && !objects[1].isNil("note") && !objects[0].isNil("other"))
        #expect(objects[0].names == ["name"] && objects[1].names == ["name", "note"])
        #expect((objects[1].child(named: "note") as? TemplateValue.Text)?.text == "n")
    }

    @Test func layoutsReadTheFieldsMirrorReads() throws {
        let box = Box()
        let values: [Any] = [
            Plain(), Nested(), Generic(value: 7), Generic(value: Plain()), Generic(value: box), Generic<String?>(value: nil),
            Wrapped(title: "title"), Generic(value: (1, "tuple")),
        ]
        for value in values {
            let layout = try #require(TemplateValue.StructLayout(of: type(of: value)), "\(type(of: value))")
            let children = Mirror(reflecting: value).children
            #expect(layout.fields.map(\.name) == children.map { $0.label ?? "" })
            let read = layout.values(of: value).map { String(describing: $0) }
            #expect(read == children.map { String(describing: $0.value) })
        }
    }

    @Test func fieldsALayoutCannotReadKeepMirror() {
        #expect(TemplateValue.StructLayout(of: WeakField.self) == nil)
        #expect(TemplateValue.StructLayout(of: UnownedField.self) == nil)
        #expect(TemplateValue.StructLayout(of: ClosureField.self) == nil)
    }

    func render(_ template: String, _ model: Any) throws(TemplateError) -> String {
        try TemplateLibrary(defaults: ["page.mustache": template], overrideFiles: [:]).render("page", model)
    }

    @Test func structsRenderTheSameThroughEitherPath() throws {
        let template = "{{title}} {{count}} {{ joined(tags) }} {{flag}} {{ratio}} {{nested.label}} {{tier}}{{^missing}} none{{/missing}}"
        #expect(try render(template, Plain()) == "Plain 3 a, b true 1.5 inner gold none")
        #expect(try render("{{value.title}} {{tag}}", Generic(value: Plain())) == "Plain generic")
        // Mirror shows a wrapped property by its backing storage only.
        #expect(try render("{{_title.wrappedValue}}", Wrapped(title: "t")) == "t")
        let box = Box()
        #expect(try render("{{name}} {{box.name}}", WeakField(box: box, name: "weak")) == "weak box")
        #expect(try render("{{name}} {{box.name}}", UnownedField(box: box)) == "unowned box")
        #expect(try render("{{shown}}", CustomMirror()) == "shown")
    }

    @Test func errorsNameTheSameFields() throws {
        #expect(throws: TemplateError.self) { try render("{{hidden}}", CustomMirror()) }
        do {
            _ = try render("{{missing}}", Plain())
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "Templates/default/page.mustache:1:3: error: no value for 'missing'; it is nil here; show optional values with '{{#missing}}…{{/missing}}'")
        }
        do {
            _ = try render("{{name}}", ClosureField())
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .unsupportedViewModel)
            #expect(error.message.hasPrefix("'run' is a "))
        }
    }

    /// Optionals, raw values and nested optionals unwrap as before.
    @Test func optionalsUnwrap() throws {
        let nested: String?? = .some(nil)
        let model: [String: Any] = ["a": Optional("x") as Any, "b": nested as Any, "c": Tier.gold as Tier? as Any]
        #expect(try render("{{a}}{{^b}} no b{{/b}} {{c}}", model) == "x no b gold")
    }
}
