import Testing
@testable import PersonaImport

@Suite struct PersonaFieldTests {
    @Test func headersMatchIgnoringCaseSpacesAndApostrophes() {
        #expect(PersonaField.lookup("Buyer's Journey", for: .buyer) == .field(.buyersJourney))
        #expect(PersonaField.lookup("role-in-purchase", for: .buyer) == .field(.roleInPurchase))
        #expect(PersonaField.lookup("JARGON OK", for: .buyer) == .field(.jargonOK))
        #expect(PersonaField.lookup("Role", for: .buyer) == .field(.title))
        #expect(PersonaField.lookup("Compensation", for: .channel) == .field(.measuredBy))
        #expect(PersonaField.lookup("sales style", for: .buyer) == .otherKind(.salesStyle))
        #expect(PersonaField.lookup("Persona Name", for: .buyer) == .unknown)
    }
}
