import LaunchKitCLI
import PricingSheet

/// `acme-launchkit`: every `launchkit` command, with the built-in stages and `pricing-sheet`.
@main
struct AcmeLaunchKit {
    static func main() async {
        await LaunchKitMain.main(adding: [PricingSheetStage.self], origin: .package("CustomStage"))
    }
}
