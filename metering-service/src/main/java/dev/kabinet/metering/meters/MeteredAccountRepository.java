package dev.kabinet.metering.meters;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface MeteredAccountRepository extends Repository<MeteredAccount, String> {

    /** True when account-service said the account is closed: it takes no readings. An unknown account is not closed. */
    boolean existsByAccountNumberAndClosedTrue(String accountNumber);

    /**
     * Records change {@code sequence} of the account, only when it is above the one recorded (or the account is new);
     * one statement, so two deliveries can never both pass.
     *
     * @return 1 when recorded, 0 when the sequence was not above the stored one
     */
    @Modifying
    @Query(value = """
                    insert into metered_account (account_number, sequence, closed)
                    values (:accountNumber, :sequence, :closed)
                    on conflict (account_number) do update
                        set sequence = excluded.sequence, closed = excluded.closed
                        where metered_account.sequence < excluded.sequence
                    """, nativeQuery = true)
    int advance(
            @Param("accountNumber") String accountNumber,
            @Param("sequence") long sequence,
            @Param("closed") boolean closed);
}
