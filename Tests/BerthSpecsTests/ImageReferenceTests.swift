import BerthSpecs
import Testing

@Suite("image references")
struct ImageReferenceTests {
    @Test("private ECR registries", arguments: [
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2",
        "123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/team/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        "123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/web",
        "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web:1",
        "123456789012.dkr-ecr.eu-west-1.on.aws/web:2",
    ])
    func privateECR(image: String) {
        #expect(ImageReference(image).isPrivateECR)
    }

    @Test("other registries and bare names", arguments: [
        "nginx", "nginx:1.27", "library/nginx", "public.ecr.aws/nginx/nginx:1.27", "ghcr.io/acme/web:1",
        "12345678901.dkr.ecr.us-east-1.amazonaws.com/web", "123456789012.dkr.ecr.us-east-1.example.com/web",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com",
    ])
    func notPrivateECR(image: String) {
        #expect(!ImageReference(image).isPrivateECR)
    }
}
