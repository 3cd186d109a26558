package dev.kabinet.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BO-1 the demo residents' records: valid per the contract, with the values the demo has always had")
class KnownResidentsTest {

    @Test
    void theyConformToTheContract() {
        KnownResidents.accounts()
                .forEach(account -> EventContracts.assertConforms(AccountUpsertedV1.TYPE, AccountJson.write(account)));
    }

    @Test
    @DisplayName("ivanova's flat 12 is written exactly as account-service's demo seed had it, meter 101 as metering's")
    void ivanovasFlatIsWrittenAsTheSeedHadIt() {
        assertThat(AccountJson.write(KnownResidents.accounts().getFirst())).isEqualTo("""
                        {"accountNumber":"1000000011","revision":1,"changedAt":"2026-11-01T06:00:00Z",\
                        "ownerName":"Иванова Анна Сергеевна","address":"г. Москва, ул. Лесная, д. 5, кв. 12",\
                        "flatNumber":"12","flatArea":"54.30","houseArea":"3120.50","rooms":2,"residents":3,\
                        "phone":"+79160000011","email":"ivanova@kabinet.local",\
                        "preferences":{"smsInforming":false,"emailInforming":true,"billDelivery":"PAPER"},\
                        "services":["ELECTRICITY"],"chargeLines":[\
                        {"code":"EL","service":"ELECTRICITY","kind":"CONSUMPTION","name":"Электроэнергия"},\
                        {"code":"EL_ODN","service":"ELECTRICITY","kind":"COMMON_HOUSE","name":"Электроэнергия ОДН"},\
                        {"code":"EL_PENALTY","service":"ELECTRICITY","kind":"PENALTY","name":"Пени"}],\
                        "meters":[{"id":101,"serialNumber":"ЭМ-101-2019","service":"ELECTRICITY","zones":["T1"],\
                        "digitCapacity":6,"decimals":1,"verificationDue":"2035-06-30","remoteRead":false,\
                        "retired":false}]}""");
    }

    @Test
    @DisplayName("the demo logins' accounts and meters: ivanova 1000000011 (101, T1) and 1000000012 (102, T1/T2),"
            + " petrov 2000000021 (201)")
    void theDemoLoginsAccountsAndMeters() {
        var accounts = KnownResidents.accounts();
        assertThat(accounts)
                .extracting(a -> a.accountNumber() + ":" + a.meters().getFirst().id() + ":"
                        + a.meters().getFirst().serialNumber() + ":"
                        + String.join(",", a.meters().getFirst().zones()))
                .containsExactly(
                        "1000000011:101:ЭМ-101-2019:T1",
                        "1000000012:102:ЭМ-102-2021:T1,T2",
                        "2000000021:201:ЭМ-201-2018:T1");
        assertThat(accounts.get(2).ownerName()).isEqualTo("Петров Пётр Иванович");
        assertThat(accounts.get(2).chargeLines())
                .extracting(AccountUpsertedV1.ChargeLine::code)
                .containsExactly("EL", "EL_PENALTY");
        assertThat(accounts).allMatch(a -> a.revision() == KnownResidents.REVISION);
    }
}
