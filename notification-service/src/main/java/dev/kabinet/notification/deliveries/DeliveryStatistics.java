package dev.kabinet.notification.deliveries;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What operators see of the deliveries (NT-1): counts per channel and status, and the deliveries of one status. */
@Service
public class DeliveryStatistics {

    private final JdbcTemplate jdbc;
    private final DeliveryRepository repository;

    DeliveryStatistics(JdbcTemplate jdbc, DeliveryRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    /** One count per channel and status. */
    public record Row(Channel channel, DeliveryStatus status, long count) {}

    @Transactional(readOnly = true)
    public List<Row> counts() {
        return jdbc.query(
                "select channel, status, count(*) from delivery group by channel, status order by channel, status",
                (rs, i) -> new Row(
                        Channel.valueOf(rs.getString(1)), DeliveryStatus.valueOf(rs.getString(2)), rs.getLong(3)));
    }

    /** Page {@code page} of the deliveries in {@code status}, newest first. */
    @Transactional(readOnly = true)
    public List<Delivery> withStatus(DeliveryStatus status, int page, int size) {
        return repository.findByStatus(
                status, PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
    }
}
