package org.pactwatch.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CompanyRegistryTest {

    private static final String CSV = """
            name,kind,aliases,parent,ticker,cik,wikidata,products,country
            Alphabet,BIG_TECH,Alphabet Inc.,,GOOGL,1652044,Q20800404,,US
            Google,BIG_TECH,Google LLC,Alphabet,,,Q95,Gemini;TPU,US
            Google Cloud,CLOUD,GCP;Google Cloud Platform,Google,,,,,US
            "Amazon",BIG_TECH,"Amazon.com;Amazon.com, Inc.",,AMZN,1018724,Q3884,Trainium,US
            Amazon Web Services,CLOUD,AWS,Amazon,,,,,US
            Anthropic,AI_LAB,"Anthropic PBC",,,,,Claude,US
            SoftBank Group,INVESTOR,SoftBank;SoftBank Group Corp.,,9984.T,,,,JP
            """;

    private final CompanyRegistry registry = load();

    private static CompanyRegistry load() {
        try {
            return CompanyRegistry.load(new StringReader(CSV));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void looksUpNamesAndAliasesIgnoringCasePunctuationAndLegalSuffixes() {
        assertThat(registry.lookup("amazon.com, inc."))
                .map(CompanyRegistry.Company::name)
                .hasValue("Amazon");
        assertThat(registry.lookup("Amazon.com Inc"))
                .map(CompanyRegistry.Company::name)
                .hasValue("Amazon");
        assertThat(registry.lookup("ANTHROPIC, PBC"))
                .map(CompanyRegistry.Company::name)
                .hasValue("Anthropic");
        assertThat(registry.lookup("SoftBank Group Corp"))
                .map(CompanyRegistry.Company::name)
                .hasValue("SoftBank Group");
        assertThat(registry.lookup("aws")).map(CompanyRegistry.Company::name).hasValue("Amazon Web Services");
        assertThat(registry.lookup("Umbrella Corp")).isEmpty();
    }

    @Test
    void followsParentsToTheTop() {
        assertThat(registry.ultimateParent("Google Cloud"))
                .map(CompanyRegistry.Company::name)
                .hasValue("Alphabet");
        assertThat(registry.ultimateParent("Amazon Web Services"))
                .map(CompanyRegistry.Company::name)
                .hasValue("Amazon");
        assertThat(registry.ultimateParent("Amazon")).isEmpty();
        assertThat(registry.kind("Google Cloud")).hasValue("CLOUD");
    }

    @Test
    void productsAreNotCompaniesButKnowTheirMaker() {
        assertThat(registry.isProduct("Claude")).isTrue();
        assertThat(registry.lookup("Claude")).isEmpty();
        assertThat(registry.productMaker("claude"))
                .map(CompanyRegistry.Company::name)
                .hasValue("Anthropic");
        assertThat(registry.productMaker("Gemini"))
                .map(CompanyRegistry.Company::name)
                .hasValue("Google");
        assertThat(registry.isProduct("Anthropic")).isFalse();
    }

    @Test
    void shippedRegistryCoversTheTieUpsOfTheBrief() {
        CompanyRegistry shipped = CompanyRegistry.loadDefault();
        assertThat(shipped.companies()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(shipped.ultimateParent("Amazon Web Services"))
                .map(CompanyRegistry.Company::name)
                .hasValue("Amazon");
        assertThat(shipped.lookup("Azure").flatMap(c -> shipped.ultimateParent(c.name())))
                .map(CompanyRegistry.Company::name)
                .hasValue("Microsoft");
        assertThat(shipped.productMaker("ChatGPT"))
                .map(CompanyRegistry.Company::name)
                .hasValue("OpenAI");
        assertThat(shipped.productMaker("Llama"))
                .map(CompanyRegistry.Company::name)
                .hasValue("Meta");
    }

    @Test
    void keyNormalizesForComparison() {
        assertThat(CompanyRegistry.key("The Walt Disney Company")).isEqualTo("walt disney");
        assertThat(CompanyRegistry.key("Siemens AG")).isEqualTo("siemens");
        assertThat(CompanyRegistry.key("Mistral AI S.A.S.")).isEqualTo("mistral ai");
        assertThat(CompanyRegistry.key("Inc.")).isEqualTo("inc");
    }
}
