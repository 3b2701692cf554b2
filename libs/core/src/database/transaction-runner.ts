import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Queryable, transactionWithRetry } from './sql';

/**
 * Runs a unit of work in one transaction, again when PostgreSQL aborts it as a deadlock victim (see
 * `transactionWithRetry`). Services take this instead of a database handle; repositories take the `tx` it gives.
 */
@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  run<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return transactionWithRetry(this.db, work);
  }
}
